import type { ConceptLocale } from './types';

// Every text of the domain concepts in English: per concept a label and a short description,
// translated from the Dutch (`nl.ts`, the primary language). Each concept group is an export of its
// own, so that a bundle carries only the texts of the concepts it uses; `types.ts` fails the
// typecheck if a group or text of `ConceptLocale` is missing here. The edition
// `@praktijkscan/model/en` (`../editions/en.ts`) offers each group as `…Texts`.

/**
 * The texts of the six Wkkgz quality aspects, in English, by id.
 *
 * @example
 * ```ts
 * import { qualityAspectTexts } from '@praktijkscan/model/en';
 * qualityAspectTexts.safety.label; // 'Safety'
 * ```
 */
export const qualityAspects: ConceptLocale['qualityAspects'] = {
  safety: {
    label: 'Safety',
    description:
      'Digital care adds no risk for the patient: data are well protected and the care provider sees in time when a physical contact is needed.',
  },
  effectiveness: {
    label: 'Effectiveness',
    description:
      'The digital application does what it promises: its added value has been shown and the outcome is at least as good as with physical care.',
  },
  efficiency: {
    label: 'Efficiency',
    description:
      'The team’s time and effort are used well: less duplicate work, less pressure on the phone and less administrative burden.',
  },
  'person-centredness': {
    label: 'Person-centredness',
    description:
      'Care fits the wishes, abilities and digital skills of the patient; patient and care provider decide together whether and how digital means are used.',
  },
  timeliness: {
    label: 'Timeliness',
    description:
      'The patient gets care and answers at the right moment; digital channels make the practice easier to reach without urgent matters being left waiting.',
  },
  equity: {
    label: 'Equity',
    description:
      'Every patient gets care of equal quality, including those with fewer digital skills: a non-digital route remains and the practice helps where needed.',
  },
};

/**
 * The texts of the five INK phases, each with its emphasis, in English, by id.
 *
 * @example
 * ```ts
 * import { inkPhaseTexts } from '@praktijkscan/model/en';
 * inkPhaseTexts[1].label; // 'Activity-oriented'
 * ```
 */
export const inkPhases: ConceptLocale['inkPhases'] = {
  1: {
    label: 'Activity-oriented',
    description:
      'The practice uses separate digital applications, one activity at a time and often on the initiative of a single team member.',
    emphasis:
      'Task substitution, such as a video contact instead of a consultation at the practice.',
  },
  2: {
    label: 'Process-oriented',
    description:
      'Digital applications support fixed work processes, which the practice improves step by step.',
    emphasis: 'Process improvement, such as safer handling of medication.',
  },
  3: {
    label: 'System-oriented',
    description:
      'E-health is part of the quality system of the whole practice, and the patient and the people close to them are involved.',
    emphasis:
      'Supporting the network around the patient, such as informal carers, through portals.',
  },
  4: {
    label: 'Chain-oriented',
    description:
      'The practice works digitally with the other care providers in the chain around the patient.',
    emphasis: 'Coordination and data exchange with other care partners.',
  },
  5: {
    label: 'Transformation-oriented',
    description:
      'The practice works with its care network on the health of the whole population and organises care jointly.',
    emphasis: 'Using population data to organise care in the network together.',
  },
};

/**
 * The texts of the four quadrants of the effect/energy matrix, in English, by id.
 *
 * @example
 * ```ts
 * import { matrixQuadrantTexts } from '@praktijkscan/model/en';
 * matrixQuadrantTexts['always-do'].label; // 'Always do'
 * ```
 */
export const matrixQuadrants: ConceptLocale['matrixQuadrants'] = {
  'always-do': {
    label: 'Always do',
    description: 'Much effect for little energy: take these ideas up first.',
  },
  'do-after-weighing': {
    label: 'Do after weighing',
    description:
      'Much effect, but it also takes much energy: weigh whether and when the team takes it up.',
  },
  'quick-win': {
    label: 'Quick win',
    description: 'Little effect, but little energy too: quickly done, then on to the rest.',
  },
  'never-do': {
    label: 'Never do',
    description:
      'Little effect for much energy: it does not go into the plan, but the idea is recorded.',
  },
};

/**
 * The texts of the IGJ themes, in English, by id.
 *
 * @example
 * ```ts
 * import { igjThemeTexts } from '@praktijkscan/model/en';
 * igjThemeTexts.governance.label; // 'Good governance and responsible innovation'
 * ```
 */
export const igjThemes: ConceptLocale['igjThemes'] = {
  governance: {
    label: 'Good governance and responsible innovation',
    description:
      'The practice has a vision and policy on e-health and innovates deliberately: risks are known and the team is involved.',
  },
  adoption: {
    label: 'Introduction and use of e-health products and services',
    description:
      'E-health is built into the work processes for good, staff are trained and its use keeps being improved.',
  },
  'patient-participation': {
    label: 'Patient participation',
    description:
      'What patients want and can do decides which e-health is used; patients have a say and get support.',
  },
  'network-data-exchange': {
    label: 'Collaboration in the network and electronic recording and exchange of data',
    description:
      'The practice works digitally with other care providers, records data consistently and exchanges them securely.',
  },
  'security-continuity': {
    label: 'Information security and continuity',
    description:
      'Data and systems are secured to the standards, such as NEN 7510, and care goes on when an application fails.',
  },
};

/**
 * The texts of the four PDCA phases, in English, by id.
 *
 * @example
 * ```ts
 * import { pdcaPhaseTexts } from '@praktijkscan/model/en';
 * pdcaPhaseTexts.plan.label; // 'Plan'
 * ```
 */
export const pdcaPhases: ConceptLocale['pdcaPhases'] = {
  plan: {
    label: 'Plan',
    description: 'Set the goal and map which digital solutions the practice already uses.',
  },
  do: {
    label: 'Do',
    description:
      'Map the bottlenecks, choose a fitting solution together, set it up with clear agreements and inform patients.',
  },
  check: {
    label: 'Check',
    description:
      'After some weeks or months, evaluate with the team how the use is going, including what patients say.',
  },
  act: {
    label: 'Act',
    description:
      'Adjust the way of working and the agreements from experience, and lay them down so they last.',
  },
};

/**
 * The texts of the PDCA activities, in English, by id.
 *
 * @example
 * ```ts
 * import { pdcaActivityTexts } from '@praktijkscan/model/en';
 * pdcaActivityTexts['formulate-goal'].label; // 'Formulate a practice goal'
 * ```
 */
export const pdcaActivities: ConceptLocale['pdcaActivities'] = {
  'formulate-goal': {
    label: 'Formulate a practice goal',
    description:
      'Write down which digital tool you introduce, what you want to achieve with it, how, who takes it on and by when.',
  },
  'inventory-solutions': {
    label: 'Take stock of digital solutions',
    description:
      'List the digital solutions the practice already uses: for what, by whom and how often.',
  },
  'map-bottlenecks': {
    label: 'Map the bottlenecks',
    description:
      'Make the current bottlenecks visible, such as morning phone pressure, repeat questions or much re-typing.',
  },
  'choose-solution': {
    label: 'Choose a solution together',
    description:
      'Choose with the team a solution that serves the goal: fitting the work processes, workable and safe.',
  },
  'set-up-and-agree': {
    label: 'Set up and agree',
    description:
      'Set up the tool, make sure the whole team knows about it and agree who uses it for what.',
  },
  'inform-patients': {
    label: 'Inform patients',
    description:
      'Where needed, inform patients actively, for example through the website, the patient portal, the phone message, the waiting room or during the consultation.',
  },
  'evaluate-use': {
    label: 'Evaluate the use',
    description:
      'After some weeks or months, discuss with the team what goes better, what costs time, whether fewer calls come in and what patients think.',
  },
  'adjust-and-embed': {
    label: 'Adjust and embed',
    description:
      'Adapt the way of working and the mutual agreements from experience, and lay them down in protocols and daily work.',
  },
};

/**
 * The texts of the steps of Nivel’s implementation plan, in English, by id.
 *
 * @example
 * ```ts
 * import { nivelStepTexts } from '@praktijkscan/model/en';
 * nivelStepTexts[1].label; // 'Establish the reason and needs'
 * ```
 */
export const nivelSteps: ConceptLocale['nivelSteps'] = {
  1: {
    label: 'Establish the reason and needs',
    description:
      'Map together, in the practice and possibly in the region, the needs, bottlenecks and interests of the different target groups.',
  },
  2: {
    label: 'Develop an organisation vision',
    description:
      'Decide which solutions fit the practice’s vision, what goal they serve and which needs or bottlenecks they address.',
  },
  3: {
    label: 'Choose fitting applications',
    description:
      'Decide where e-health adds the most value and choose applications that fit, minding requirements, use in the region and the people and means needed.',
  },
  4: {
    label: 'Write the implementation plan',
    description:
      'Agree together how the project runs: planning, fit with care processes, goals and how to measure them, risks, costs and communication.',
  },
  5: {
    label: 'Implement and evaluate',
    description:
      'Get the application and the organisation ready, start with a pilot or at full scale, and evaluate regularly whether the goals are met.',
  },
  6: {
    label: 'Decide on scaling up',
    description:
      'Decide together whether and how the application is used more widely in the practice or the region, and share the experience with others.',
  },
};

/**
 * The texts of the steps of the e-health toolbox, in English, by id.
 *
 * @example
 * ```ts
 * import { toolboxStepTexts } from '@praktijkscan/model/en';
 * toolboxStepTexts[1].label; // 'Draw up a vision on quality of life'
 * ```
 */
export const toolboxSteps: ConceptLocale['toolboxSteps'] = {
  1: {
    label: 'Draw up a vision on quality of life',
    description:
      'Decide what e-health can mean for the practice’s mission; the vision on quality of life is the compass for every choice.',
  },
  2: {
    label: 'Work the vision out with the work floor',
    description:
      'Work the vision out with the team: what can technology do for job satisfaction, quality and workload, and are the needed competences there?',
  },
  3: {
    label: 'Choose from the e-health palette',
    description:
      'Choose applications starting from what the patient wants and how e-health can better meet those wishes.',
  },
  4: {
    label: 'Try out in a learning environment',
    description:
      'First try the application out in a safe learning environment, with a goal set beforehand and a way to measure the result.',
  },
  5: {
    label: 'Embed in the primary process',
    description:
      'Organise the work processes around the application for good, train the staff and keep improving.',
  },
  6: {
    label: 'Embed in supporting processes',
    description:
      'Anchor e-health in IT, training and innovation, for example with internal audits; the INK phase model helps to follow the growth.',
  },
  7: {
    label: 'Take external conditions into account',
    description:
      'Mind the frameworks of the IGJ and the NZa: to whom you account, which funding is possible and how you work together in the care network.',
  },
};

/**
 * The texts of the digitisation domains, in English, by id.
 *
 * @example
 * ```ts
 * import { digitisationDomainTexts } from '@praktijkscan/model/en';
 * digitisationDomainTexts['patient-contact'].label; // 'Patient contact & accessibility'
 * ```
 */
export const digitisationDomains: ConceptLocale['digitisationDomains'] = {
  'patient-contact': {
    label: 'Patient contact & accessibility',
    description:
      'Applications that make it easier for patients to reach the practice, find information and arrange their care matters.',
  },
  'triage-preparation': {
    label: 'Triage & consultation preparation',
    description:
      'Applications that clarify the care question before the contact, so the consultation is more focused.',
  },
  'practice-processes': {
    label: 'Practice processes & workload reduction',
    description:
      'Applications that support the work in the practice and reduce administration and pressure at the front desk.',
  },
  'security-privacy': {
    label: 'Digital security & privacy',
    description:
      'Applications that keep the digital practice environment safe and reliable and help to comply with laws and regulations.',
  },
};

/**
 * The texts of the application types, in English, by id.
 *
 * @example
 * ```ts
 * import { applicationTypeTexts } from '@praktijkscan/model/en';
 * applicationTypeTexts['waiting-room-screen'].label; // 'Waiting-room screen'
 * ```
 */
export const applicationTypes: ConceptLocale['applicationTypes'] = {
  'waiting-room-screen': {
    label: 'Waiting-room screen',
    description:
      'A screen in the waiting room showing current practice information and health education.',
  },
  'practice-website': {
    label: 'Practice website',
    description:
      'A website with opening hours, how to reach the practice and urgent care, which also points patients to digital services such as the portal.',
  },
  'patient-portal': {
    label: 'Patient portal',
    description:
      'An online environment where patients book appointments, request repeat prescriptions, view results and their record, and ask questions.',
  },
  'e-consultation': {
    label: 'E-consultation / chat',
    description:
      'Secure written contact, such as e-consultation, chat or secure e-mail, for non-urgent questions, as an alternative to calling or visiting.',
  },
  'video-consultation': {
    label: 'Video consultation',
    description:
      'A remote consultation with video, so the patient does not need to come to the practice.',
  },
  'health-information': {
    label: 'Health information for patients',
    description:
      'Reliable online information and advice on health, complaints and self-care, to which the practice refers patients.',
  },
  telemonitoring: {
    label: 'Telemonitoring',
    description:
      'The patient measures health values at home, which the practice follows remotely so that treatment can respond to them.',
  },
  'self-help-programmes': {
    label: 'Digital (mental health) self-help programmes',
    description:
      'Online trainings and modules in which patients, guided remotely, work on their complaints, lifestyle or chronic condition.',
  },
  'digital-self-triage': {
    label: 'Digital self-triage',
    description:
      'Patients enter their complaints themselves and get advice straight away: self-care, contacting the practice or urgent care.',
  },
  'consult-preparation': {
    label: 'Consultation preparation',
    description:
      'Patients enter their complaints and questions beforehand, so the care provider starts the consultation well prepared.',
  },
  'decision-support': {
    label: 'Decision support',
    description:
      'Tools that support the care provider during the consultation in diagnosis and management, for example based on the NHG guidelines.',
  },
  'decision-aids': {
    label: 'Digital decision aids',
    description:
      'Tools with which patient and GP weigh the treatment options together and make a choice.',
  },
  'check-in-kiosk': {
    label: 'Check-in kiosk',
    description:
      'A kiosk where patients check in themselves on arrival, which relieves the front desk.',
  },
  'speech-reporting': {
    label: 'Speech-driven reporting',
    description:
      'Speech technology or digital conversation support that writes or prepares the record of a consultation.',
  },
  'provider-communication': {
    label: 'Communication between care providers',
    description:
      'Secure chat, communication portals and video calling to consult care providers outside the practice and exchange data.',
  },
  'measuring-equipment': {
    label: 'Digital measuring equipment in the practice',
    description:
      'Equipment with which the practice carries out examinations and measures health values itself, closer to home than the hospital.',
  },
  'ai-support': {
    label: 'AI support',
    description:
      'Applications with artificial intelligence that support the team, held to the same quality and ethical standards as other care.',
  },
  'nen7510-compliance': {
    label: 'NEN 7510 compliance tool',
    description:
      'A tool to bring and keep information security under NEN 7510 and the privacy rules in order.',
  },
  'password-vault': {
    label: 'Password vault',
    description:
      'Secure storage for the team’s passwords, so that accounts stay safe and manageable.',
  },
};

/**
 * The texts of the roles in the practice, in English, by id.
 *
 * @example
 * ```ts
 * import { roleTexts } from '@praktijkscan/model/en';
 * roleTexts.gp.label; // 'GP'
 * ```
 */
export const roles: ConceptLocale['roles'] = {
  gp: {
    label: 'GP',
    description:
      'Ultimately responsible for care and for the choices about digital care in the practice.',
  },
  'practice-manager': {
    label: 'Practice manager',
    description:
      'Organises the introduction of digital applications, the work processes and the agreements in the team.',
  },
  poh: {
    label: 'Practice nurse (POH)',
    description:
      'Supports the GP, among other things in chronic care and mental health care, using applications such as telemonitoring and self-help programmes.',
  },
  'doctors-assistant': {
    label: 'Doctor’s assistant',
    description:
      'First point of contact on the phone and at the front desk; does the triage and shows patients the way in the digital channels.',
  },
};

/**
 * The texts of the known bottlenecks, in English, by id.
 *
 * @example
 * ```ts
 * import { bottleneckTexts } from '@praktijkscan/model/en';
 * bottleneckTexts['morning-phone-pressure'].label; // 'Morning phone pressure'
 * ```
 */
export const bottlenecks: ConceptLocale['bottlenecks'] = {
  'morning-phone-pressure': {
    label: 'Morning phone pressure',
    description:
      'Many patients call at once at the start of the day, so the line is busy and the front desk is under pressure.',
  },
  'repeat-questions': {
    label: 'Many repeat questions',
    description:
      'The same questions keep coming back, for example about repeat prescriptions, results or opening hours.',
  },
  retyping: {
    label: 'Much re-typing and transferring',
    description:
      'Data are moved by hand from one system or form into another, which takes time and causes errors.',
  },
  'unclear-task-division': {
    label: 'Unclear task division',
    description:
      'It is not clear who takes on what, for example who answers the e-consultations or who manages a tool.',
  },
};

/**
 * The texts of the three checks for choosing a tool, in English, by id.
 *
 * @example
 * ```ts
 * import { toolChoiceCheckTexts } from '@praktijkscan/model/en';
 * toolChoiceCheckTexts['fits-work-processes'].label; // 'Fits the current work processes'
 * ```
 */
export const toolChoiceChecks: ConceptLocale['toolChoiceChecks'] = {
  'fits-work-processes': {
    label: 'Fits the current work processes',
    description: 'The solution matches the way the practice works now and adds no detours.',
  },
  'workable-for-team': {
    label: 'Workable for the team',
    description:
      'The team can work with it using simple instructions and as few actions as possible.',
  },
  safe: {
    label: 'Safe',
    description:
      'The tool handles patient data safely and meets the requirements for information security and privacy.',
  },
};

/**
 * The texts of the answer scales, with a label for every value, in English, by id.
 *
 * @example
 * ```ts
 * import { answerScaleTexts } from '@praktijkscan/model/en';
 * answerScaleTexts.agreement.values[4]; // 'Yes, fully'
 * ```
 */
export const answerScales: ConceptLocale['answerScales'] = {
  agreement: {
    label: 'Agreement',
    values: ['No / not at all', 'To a limited extent', 'Partly', 'Largely', 'Yes, fully'],
  },
  'yes-no': {
    label: 'Yes or no',
    values: ['No', 'Yes'],
  },
  usage: {
    label: 'Usage',
    values: [
      'Not in use',
      'Orienting or pilot',
      'In use, limited',
      'In use, structurally',
      'Embedded and evaluated',
    ],
  },
};

/**
 * The eight themes of digital skills, in English, by id (seed 004).
 *
 * @example
 * ```ts
 * import { digitalSkillThemeTexts } from '@praktijkscan/model/en';
 * digitalSkillThemeTexts.privacy.label; // 'Privacy'
 * ```
 */
export const digitalSkillThemes: ConceptLocale['digitalSkillThemes'] = {
  'ehealth-technology': {
    label: 'E-health and technology',
    description: 'A theme of digital skills in care.',
  },
  applications: { label: 'Applications', description: 'A theme of digital skills in care.' },
  'care-home-automation': {
    label: 'Home automation in care',
    description: 'A theme of digital skills in care.',
  },
  privacy: { label: 'Privacy', description: 'A theme of digital skills in care.' },
  'basic-skills': { label: 'Basic skills', description: 'A theme of digital skills in care.' },
  'social-media': { label: 'Social media', description: 'A theme of digital skills in care.' },
  'apps-settings': {
    label: 'Apps and settings',
    description: 'A theme of digital skills in care.',
  },
  office: { label: 'Office', description: 'A theme of digital skills in care.' },
};

/**
 * The yields of practice digitisation, in English, by id (seed 001).
 *
 * @example
 * ```ts
 * import { digitisationYieldTexts } from '@praktijkscan/model/en';
 * digitisationYieldTexts['less-phone-pressure'].label; // 'Less pressure on the phone'
 * ```
 */
export const digitisationYields: ConceptLocale['digitisationYields'] = {
  'efficient-processes': {
    label: 'More efficient work processes',
    description:
      'Fewer manual steps and less duplicated work; routine tasks are handled faster and in a standard way.',
  },
  'better-consult-preparation': {
    label: 'Better consultation preparation',
    description:
      'Care providers receive structured information about the request beforehand, so the consultation can get to the point at once.',
  },
  'less-phone-pressure': {
    label: 'Less pressure on the phone',
    description:
      'Online appointments, e-consultations and digital forms mean fewer phone calls and a calmer front desk.',
  },
  'faster-patient-communication': {
    label: 'Faster communication with patients',
    description: 'Patients get answers to non-urgent questions sooner through digital channels.',
  },
  'more-time-complex-care': {
    label: 'More time for complex care',
    description:
      'Simple requests are handled digitally more often; the time freed goes to patients with complex or vulnerable needs.',
  },
  'accessibility-satisfaction': {
    label: 'Better accessibility and patient satisfaction',
    description: 'Patients have more control and clarity about the ways to contact the practice.',
  },
  'future-proof-practice': {
    label: 'A future-proof practice',
    description:
      'The same team handles more requests appropriately; digital processes are quicker to adapt.',
  },
};

/**
 * The six roles for e-health competences, in English, by id (seed 004).
 *
 * @example
 * ```ts
 * import { competenceRoleTexts } from '@praktijkscan/model/en';
 * competenceRoleTexts.ambassador.label; // 'Ambassador'
 * ```
 */
export const competenceRoles: ConceptLocale['competenceRoles'] = {
  'community-builder': {
    label: 'Community builder',
    description:
      'Drives developments such as the use of e-health; together with the manager this role makes up leadership.',
  },
  manager: {
    label: 'Manager/team leader',
    description: 'Expected to lead when e-health is scaled up.',
  },
  auditor: {
    label: 'Auditor',
    description: 'Follows the use of e-health through internal audits.',
  },
  ambassador: {
    label: 'Ambassador',
    description:
      'A staff member with a formal role who supports colleagues in developing their e-health competences.',
  },
  'care-worker': {
    label: 'Care worker',
    description: 'Applies e-health in the care for the client.',
  },
  'technical-support': {
    label: 'Technical support',
    description: 'Supports the use of the digital tools.',
  },
};
