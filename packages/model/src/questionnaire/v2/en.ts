import type { QuestionnaireLocale } from './structure';

/**
 * Which answer to give for an application type the practice does not use: the same help for every
 * inventory item (see `nl.ts`).
 */
const notYetOrNotApplicable =
  'Not using this (yet)? Choose "not in use" (0) if it would suit our practice and our patients and we have not got round to it. Choose "not applicable" only if it deliberately does not suit our practice, for example because its aim is already met in another way. The number of applications carries only limited weight in the quality scores; the report shows it as a separate overview.';

/** The English texts of questionnaire 2.0.0, a faithful rendering of the Dutch. */
export const en: QuestionnaireLocale = {
  title: 'Digital care practice scan',
  description:
    'A short self-assessment for the whole practice team: how do we choose, use and evaluate digital care, and what is our next step? Fill it in together and answer each question for the practice as a whole. Allow about half an hour.',
  sections: {
    'vision-policy': {
      title: 'Vision and policy',
      description:
        'Why and for what we use digital care, how it is laid down in our policy, how we stay in charge ourselves and whether its funding is arranged.',
    },
    'team-skills': {
      title: 'Team, knowledge and skills',
      description:
        'Whether our team has the knowledge and skills to use digital care well, and whether we try out new applications first.',
    },
    'work-processes': {
      title: 'Work processes and improvement cycle',
      description:
        'How we introduce digital applications step by step along plan-do-check-act: from an overview and the bottlenecks to fixed agreements in protocols.',
    },
    'care-delivery': {
      title: 'Digital care in the care process',
      description:
        'Which care we deliver digitally: a digital contact instead of a visit, process improvement, and support for the people around the patient (INK phases 1 to 3).',
    },
    patients: {
      title: 'Involving and informing patients',
      description:
        'How we involve, inform and support patients, and whether digital care fits what each patient is able to do.',
    },
    'security-continuity': {
      title: 'Information security and continuity',
      description:
        'Whether and how we check our digital care against the rules on information security, and how care continues when a digital system fails.',
    },
    'network-exchange': {
      title: 'Collaboration and data exchange',
      description:
        'How we work together and exchange data digitally with other care partners, share experience within the region, and work with the care network on care for our population (INK phases 4 and 5).',
    },
    'monitoring-results': {
      title: 'Monitoring and measuring results',
      description:
        'Whether we measure and evaluate what digital care achieves, what it does to the workload, and whether we discuss our support needs with the region.',
    },
    applications: {
      title: 'Digital applications',
      description:
        'Which kinds of digital application we use and how far we have come with each. If we do not use a kind yet, choose "not in use" (0); if a kind deliberately does not suit our practice, choose "not applicable". This overview carries only limited weight in the quality scores and is shown separately in the report.',
    },
    overall: {
      title: 'Overall judgement',
      description:
        'Our own judgement of how well digital care is integrated in the practice. It is reported beside the computed score and does not count towards it.',
    },
  },
  items: {
    // vision-policy
    'digital-care-vision': {
      text: 'Do we have a clear vision of digital care in our practice?',
      help: 'For example: using digital care where it is appropriate and at least equal in quality to non-digital care, in combination with non-digital care. The e-health toolbox asks what technology can contribute to job satisfaction, the quality of care and a lower workload.',
    },
    'in-practice-plan': {
      text: 'Is our use of digital care part of our practice plan, our quality policy and our annual quality report?',
    },
    'practice-goal': {
      text: 'Do we write down a practice goal for each digital application we introduce?',
      help: 'For example: "We are introducing digital tool X so that <what we want to achieve>, <how we will do it>, <who will do it> and <by when>."',
    },
    'added-value-proven': {
      text: 'Is the added value of the digital care we use (scientifically) proven?',
      help: 'The national umbrella organisations InEen, LHV and NHG use digital care when it meets the quality requirements of general practice and its added value has been (scientifically) proven.',
    },
    'professional-control': {
      text: 'Do we, as care professionals, decide for ourselves how we use digital care?',
      help: 'What matters is that we keep thinking for ourselves about quality of life, control over the care process, the best use of digital care, and safety.',
    },
    'ai-same-norms': {
      text: 'Do we hold applications that use artificial intelligence (AI) to the same quality and ethical standards as other forms of care?',
      help: 'Choose "not applicable" if we use no applications with AI.',
    },
    'financing-arranged': {
      text: 'Have we agreed with our funders how our digital care will be funded in the long term?',
      help: 'Applications need lasting funding to succeed, and arranging it takes agreement with the funders’ purchasing staff. Nivel’s step-by-step plan also asks which costs you expect.',
    },

    // team-skills
    'team-knowledge-skills': {
      text: 'Do we have enough knowledge and skills ourselves to use our digital applications well?',
      help: 'Digivaardigindezorg distinguishes eight themes of digital skills: e-health and technology, applications, home automation in care, privacy, basic skills, social media, apps and settings, and Office.',
    },
    'learning-environment': {
      text: 'Do we try out a new application on a small scale before introducing it across the practice?',
      help: 'Trying out only works if the aim of the application is known beforehand.',
    },

    // work-processes
    'processes-adapted': {
      text: 'Have we adapted our internal work processes enough to the digital care we offer?',
      help: 'The vision of InEen, LHV and NHG mentions a different division of capacity or a redistribution of tasks within the team: some tasks are added and some ways of working become unnecessary.',
    },
    'solutions-inventory': {
      text: 'Do we have an overview of the digital solutions we use, stating what for, by whom and how often?',
    },
    'bottlenecks-mapped': {
      text: 'Have we mapped the current bottlenecks in our practice?',
      help: 'For example pressure on the phone lines in the morning, many repeat questions, much retyping or transferring of data, or an unclear division of tasks.',
    },
    'tool-choice-checks': {
      text: 'Do we check a new application against the three questions for choosing a tool before we choose it?',
      help: 'The three questions: does the solution fit our current work processes, is the tool workable for the team (simple instructions, as few actions as possible), and is the tool safe?',
    },
    'team-tool-agreements': {
      text: 'For each application, do we agree clearly what it is used for and who uses it?',
    },
    'adjustments-in-protocols': {
      text: 'Do we record revised working agreements on digital applications in protocols?',
      help: 'After an evaluation we adjust the process and our working agreements; the revised agreements are embedded in protocols and in daily work processes.',
    },

    // care-delivery
    'digital-replaces-visits': {
      text: 'Where appropriate, do we replace a visit to the practice with a digital contact, such as a video call or an e-consultation?',
    },
    'digital-contact-scheduled': {
      text: 'Have we adapted our daily schedule to digital contact, such as the e-consultation?',
    },
    'medication-safety-digital': {
      text: 'Do we use digital tools to improve medication safety?',
    },
    'digital-flows-connected': {
      text: 'Does information that patients submit digitally reach the record without us transferring it by hand?',
    },
    'informal-carer-access': {
      text: 'Do we support informal carers and others close to the patient through a portal?',
      help: 'Choose "not applicable" if we deliberately use no patient portal. If we have a portal but do not (yet) support informal carers through it, choose "No / not at all".',
    },
    'patient-in-provider-network': {
      text: 'Where appropriate, do we include the patient in our digital communication with other care providers?',
      help: 'Some communication tools for care providers can add the patient to the conversation.',
    },

    // patients
    'patient-involved': {
      text: 'Do we involve patients in our choices about digital care?',
    },
    'full-contact-form': {
      text: 'Do we make it known that digital care is a fully fledged way of contacting us?',
    },
    'proactive-encouragement': {
      text: 'Do we approach our patients proactively to encourage them to use digital applications?',
      help: 'For example through the website, the patient portal, the telephone message, a poster in the waiting room or during the consultation.',
    },
    'channel-guidance': {
      text: 'Do we tell patients the best way to contact the practice?',
      help: 'For example: when to phone, when to use an e-consultation and when online access to the record is useful.',
    },
    'understandable-information': {
      text: 'Do we share information about digital care in an understandable way on our practice website or waiting-room screen?',
    },
    'patient-support': {
      text: 'Do we support patients who need it in using digital applications, or tell them where they can find support?',
      help: 'Either counts: helping them ourselves or referring them to a place where they get help. The vision of InEen, LHV and NHG mentions improving patients’ digital skills in this.',
    },
    'decide-together': {
      text: 'Do the GP and the patient decide together what can be done digitally and what needs to be done in person?',
      help: 'A physical examination or observation may be needed; digital care does not always replace physical contact.',
    },
    'tailored-to-patient': {
      text: 'Do we tailor digital care to the patient’s abilities and skills?',
    },
    'non-digital-access': {
      text: 'Does non-digital care remain available alongside our digital care?',
    },

    // security-continuity
    'information-security-checked': {
      text: 'Do we check our digital care against the laws and regulations on information security?',
      help: 'Whether we use a tool for complying with NEN 7510 is asked separately, under digital applications.',
    },
    'continuity-plan': {
      text: 'Have we laid down how care continues when a digital system fails?',
    },

    // network-exchange
    'exchange-agreements': {
      text: 'Have we agreed with other care partners how we exchange data digitally?',
    },
    'shared-care-platform': {
      text: 'Do we take part in a shared digital platform with other care providers or the social domain?',
    },
    'population-data': {
      text: 'Do we use population data together with partners in the care network to run joint operations?',
    },
    'regional-coalition': {
      text: 'Are we helping to build a regional coalition of care partners that is jointly accountable for the population?',
    },
    'regional-exchange': {
      text: 'Do we exchange experience with digital applications with other GP practices in the region?',
      help: 'For example: asking which applications are already used in the region before we choose, and sharing good experiences with other practices and GP organisations.',
    },

    // monitoring-results
    'results-measured': {
      text: 'Do we measure what our digital applications achieve?',
      help: 'Measure against the aim set beforehand, at patient level or at practice level. Examples of a yardstick for outcomes for the patient are Positive Health, the Groningen Well-being Indicator, the Self-Sufficiency Matrix and Schalock’s dimensions.',
    },
    'use-evaluated': {
      text: 'After a few weeks or months, do we evaluate with the team how a new application is being used?',
      help: 'What is going better? What takes time? Are there fewer phone calls and call-back requests? Are things quicker or clearer? What do patients say?',
    },
    'workload-effect': {
      text: 'Do we keep track of the effect our digital applications have on the team’s workload?',
    },
    'practice-visit-support': {
      text: 'At the last practice visit by the regional organisation, did we discuss how it can support us with digitalisation?',
      help: 'Choose "not applicable" if our region does not organise practice visits.',
    },

    // applications
    'uses-waiting-room-screen': {
      text: 'To what extent do we use a waiting-room screen with current practice information and health education?',
      help: notYetOrNotApplicable,
    },
    'uses-practice-website': {
      text: 'To what extent do we use a practice website with current information on opening hours, how to reach us and urgent care?',
      help: notYetOrNotApplicable,
    },
    'uses-patient-portal': {
      text: 'To what extent do we use a patient portal?',
      help: 'For example for appointments, repeat prescriptions, test results, e-consultations and access to the record. Not using this (yet)? Choose "not in use" (0) if it would suit our practice and our patients and we have not got round to it. Choose "not applicable" only if it deliberately does not suit our practice, for example because its aim is already met in another way. The number of applications carries only limited weight in the quality scores; the report shows it as a separate overview.',
    },
    'uses-e-consultation': {
      text: 'To what extent do we use e-consultation or chat for non-urgent questions?',
      help: notYetOrNotApplicable,
    },
    'uses-video-consultation': {
      text: 'To what extent do we use video calls with patients?',
      help: notYetOrNotApplicable,
    },
    'uses-health-information': {
      text: 'To what extent do we refer patients to online information and advice on health and illness?',
      help: notYetOrNotApplicable,
    },
    'uses-telemonitoring': {
      text: 'To what extent do we use telemonitoring to follow patients’ health remotely?',
      help: notYetOrNotApplicable,
    },
    'uses-self-help-programmes': {
      text: 'To what extent do we offer digital self-help or treatment programmes?',
      help: 'For example e-mental-health programmes, lifestyle programmes or self-care programmes for a chronic condition. Not using this (yet)? Choose "not in use" (0) if it would suit our practice and our patients and we have not got round to it. Choose "not applicable" only if it deliberately does not suit our practice, for example because its aim is already met in another way. The number of applications carries only limited weight in the quality scores; the report shows it as a separate overview.',
    },
    'uses-digital-self-triage': {
      text: 'To what extent do we offer digital self-triage?',
      help: 'Patients enter their symptoms and get immediate advice on self-care, contacting the practice or urgent care. Not using this (yet)? Choose "not in use" (0) if it would suit our practice and our patients and we have not got round to it. Choose "not applicable" only if it deliberately does not suit our practice, for example because its aim is already met in another way. The number of applications carries only limited weight in the quality scores; the report shows it as a separate overview.',
    },
    'uses-consult-preparation': {
      text: 'To what extent do patients fill in their symptoms, questions and relevant information digitally before the consultation?',
      help: notYetOrNotApplicable,
    },
    'uses-decision-support': {
      text: 'To what extent do we use clinical decision support tools?',
      help: notYetOrNotApplicable,
    },
    'uses-decision-aids': {
      text: 'To what extent do we use digital decision aids with patients?',
      help: notYetOrNotApplicable,
    },
    'uses-check-in-kiosk': {
      text: 'To what extent do we use a check-in kiosk where patients register their own arrival?',
      help: notYetOrNotApplicable,
    },
    'uses-speech-reporting': {
      text: 'To what extent do we use speech-driven reporting or digital conversation support?',
      help: notYetOrNotApplicable,
    },
    'uses-provider-communication': {
      text: 'To what extent do we communicate digitally with care providers outside the practice?',
      help: 'For example with chat programmes, communication portals or video calls, for consultation, advice and the secure exchange of patient data. Not using this (yet)? Choose "not in use" (0) if it would suit our practice and our patients and we have not got round to it. Choose "not applicable" only if it deliberately does not suit our practice, for example because its aim is already met in another way. The number of applications carries only limited weight in the quality scores; the report shows it as a separate overview.',
    },
    'uses-measuring-equipment': {
      text: 'To what extent do we use digital measuring equipment in the practice?',
      help: notYetOrNotApplicable,
    },
    'uses-ai-support': {
      text: 'To what extent do we use applications with artificial intelligence (AI)?',
      help: notYetOrNotApplicable,
    },
    'uses-nen7510-compliance': {
      text: 'To what extent do we use a compliance tool for NEN 7510?',
      help: notYetOrNotApplicable,
    },
    'uses-password-vault': {
      text: 'To what extent do we use a password vault?',
      help: notYetOrNotApplicable,
    },

    // overall
    'overall-integration': {
      text: 'In conclusion: is digital care well integrated into the way we run the practice?',
      help: 'Our own judgement. It is reported beside the computed score and does not count towards it.',
    },
  },
};
