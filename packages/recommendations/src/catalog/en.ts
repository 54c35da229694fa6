import type { RecommendationLocale } from './structure';

/** The texts of the recommendation catalog in English. */
export const en: RecommendationLocale = {
  'formulate-digital-care-vision': {
    title: 'Formulate a vision on digital care',
    description:
      'Discuss with the whole team what you want to use digital care for, and what not. Write it down as a short vision of half a page: for which patients, with what aim, and how digital and physical contact complement each other.',
    rationale:
      'A shared vision is the compass for every later choice; without one, tools become separate initiatives that do not fit together.',
  },
  'embed-in-practice-plan': {
    title: 'Include digital care in the practice plan',
    description:
      'Make digital care a fixed part of the practice plan, the quality policy and the annual quality report. Name each year which applications you introduce or improve, and report what they yielded.',
    rationale:
      'What is in the practice plan gets time, money and attention, and is looked back on every year.',
  },
  'formulate-practice-goal': {
    title: 'Formulate a concrete practice goal',
    description:
      "Write one goal in the form: 'We implement digital tool X, so that …, by …, carried out by …, and done before …'. Choose a goal that addresses a bottleneck the team experiences now.",
    rationale:
      'A goal with what, how, who and when makes it possible to judge later whether the tool works.',
  },
  'weigh-added-value-first': {
    title: 'Use only what demonstrably adds value',
    description:
      'For every new application, check whether its added value has been shown, in research or in comparable practices. Decide as a team where it replaces, combines with or eases physical care, and keep professional control.',
    rationale:
      'Digital care should meet the same quality requirements as physical care; what adds nothing only costs time and attention.',
  },
  'apply-same-norms-to-ai': {
    title: 'Hold AI to the same norms as other care',
    description:
      'Agree that an AI application is only taken into use after it has been tested against the same quality and ethical norms as other care: safety, privacy, and whether it works for every patient group. Record who checks its output and who remains responsible.',
    rationale:
      'AI develops fast; without a fixed test, the technology rather than the care provider decides what is safe and equitable.',
  },
  'inventory-digital-solutions': {
    title: 'Make an inventory of the digital tools',
    description:
      'List the digital solutions the practice already uses. For each, note what it is used for, by whom and how often, and which licences or functions go unused.',
    rationale:
      'There is often more in place than the team knows; the inventory prevents duplicate purchases and shows where there is something to gain.',
  },
  'map-bottlenecks': {
    title: 'Map the bottlenecks',
    description:
      'Have every role in the team write down where work gets stuck, for example morning phone pressure, many repeat questions, re-typing or an unclear division of tasks. Choose together the two or three bottlenecks that cost the most.',
    rationale: 'A tool that solves no real bottleneck is rarely used well.',
  },
  'choose-tool-with-three-checks': {
    title: 'Choose a tool with the three checks',
    description:
      'Put every candidate tool to three questions: does it fit the current work processes, is it workable for the team (simple instructions, few actions), and is it safe? Choose together, and ask about experiences in the region where needed.',
    rationale: 'A tool that fails one of the three checks creates more work or risk than it saves.',
  },
  'agree-who-uses-tool': {
    title: 'Agree who uses the tool for what',
    description:
      'Set up the tool and make sure everyone in the team knows about it. Agree clearly, per role, what the tool is used for, who handles what, and within what time.',
    rationale:
      'Without clear agreements, work is left undone or done twice, and colleagues drop out.',
  },
  'clarify-task-division': {
    title: 'Make the division of tasks clear',
    description:
      'Describe for the digital channels who picks up which messages, questions and requests: assistant, practice nurse or GP. Make the division visible on paper or in the GP information system and review it after a few weeks.',
    rationale:
      'An unclear division of tasks is one of the known bottlenecks; a fixed division brings calm and keeps messages from being left unanswered.',
  },
  'embed-in-primary-process': {
    title: 'Embed proven applications in the care process',
    description:
      'Make an application that has proven itself in practice a standard part of the primary process. Adapt the work processes to it, train new colleagues and include it in the quality system.',
    rationale:
      'Only when an application is a normal part of the work does it save time and improve quality for good.',
  },
  'lay-down-in-protocols': {
    title: 'Lay down adjusted agreements in protocols',
    description:
      'After every evaluation, adjust the working agreements and write them into the protocols and work instructions. Make sure new and stand-in colleagues can find them.',
    rationale:
      'Agreements that live only in people’s heads disappear under pressure and with staff changes.',
  },
  'evaluate-tool-use': {
    title: 'Evaluate the use after a few weeks',
    description:
      'Plan an evaluation with the team after six to twelve weeks: what works better, what costs time, are there fewer calls and call-back requests, and what do patients say? Adjust the way of working accordingly.',
    rationale:
      'Without evaluation you do not know whether a tool reaches its goal, and workarounds creep into the work.',
  },
  'set-measurable-goals': {
    title: 'Make goals measurable',
    description:
      'Decide beforehand, for each application, what result you want and how you will measure it, for example the number of calls per morning or the waiting time for an e-consultation. Record a baseline.',
    rationale: 'Only what was made measurable beforehand can be judged and improved afterwards.',
  },
  'track-indicators': {
    title: 'Track a few indicators',
    description:
      'Choose two to four indicators that match the practice goals and follow them every quarter. Discuss the results in the team meeting and use them to adjust course.',
    rationale: 'Looking at the same figures regularly shows whether a change works for good.',
  },
  'repeat-scan-yearly': {
    title: 'Fill in the scan again every year',
    description:
      'Fill in this scan again with the team a year after the last one and compare the outcome with last year’s. Choose the steps for the coming year from it.',
    rationale:
      'Monitoring is essential to see how the use of digital solutions affects the running of the practice, workload and accessibility, and to spot bottlenecks in time.',
  },
  'plan-yearly-practice-visit': {
    title: 'Plan the yearly practice visit',
    description:
      'Arrange a practice visit with the regional organisation at least once a year. Discuss progress, challenges and the support the practice needs.',
    rationale:
      'The conversation and its feedback help to spot bottlenecks in time and to adopt good examples from the region.',
  },
  'hold-internal-audit': {
    title: 'Hold an internal audit on the use of e-health',
    description:
      'Use the five themes of the IGJ assessment framework to check where the practice stands, as a baseline. Take the weakest points as improvement actions and repeat the audit to follow progress.',
    rationale:
      'An audit shows where the embedding of digital care still falls short, before an inspection or an incident does.',
  },
  'plan-learning-time': {
    title: 'Reserve learning time along 10-20-70',
    description:
      'Set aside time for every team member to build digital skills: about 10 hours of workshops, 20 hours of reflecting with an expert and 70 hours of practice on the job. Spread it, for example one hour a week, and put it in the annual planning.',
    rationale:
      'A care worker needs about 100 hours of experience to use e-health well; without planned time, it does not happen.',
  },
  'build-basic-digital-skills': {
    title: 'Strengthen the team’s basic digital skills',
    description:
      'Find out which basic skills are missing, such as working with apps, settings and privacy. Offer short training sessions or pair colleagues up to close those gaps.',
    rationale:
      'Basic digital skill is a precondition: whoever lacks the basics loses time every day and makes mistakes more easily.',
  },
  'appoint-digital-ambassadors': {
    title: 'Appoint ambassadors for digital care',
    description:
      'Give one or two team members the role of ambassador (aandachtsvelder). They keep their knowledge up to date, help colleagues and bring patients’ experiences back to the team.',
    rationale: 'A fixed point of contact in the team lowers the threshold for using something new.',
  },
  'set-up-learning-environment': {
    title: 'Try new applications in a learning environment first',
    description:
      'Test a new application on a small scale first, for example in one surgery session or with a small group of patients, with a goal set beforehand. Learn from it before the whole practice switches over.',
    rationale:
      'Trying out in a safe setting brings risks and points for improvement to light before everyone depends on the application.',
  },
  'inform-patients-about-channels': {
    title: 'Tell patients which channel suits when',
    description:
      'Explain when patients had best phone, when an e-consultation will do and when online access to their record is useful. Use the website, the portal, the phone message, a poster in the waiting room and the consultation.',
    rationale:
      'Patients who know which channel suits call less for non-urgent questions and get an answer sooner.',
  },
  'encourage-digital-use-proactively': {
    title: 'Actively encourage digital contact',
    description:
      'Point patients actively to the digital options at the desk and in the consulting room. Make clear that digital contact is a full way to reach the practice.',
    rationale: 'Many patients only use digital channels once their own practice points them out.',
  },
  'share-understandable-information': {
    title: 'Make the information on website and screen understandable',
    description:
      'Check that the website and the waiting-room screen explain in plain language which digital services exist and how to use them. Refer to reliable health information such as Thuisarts.',
    rationale: 'Clear information is quick to make and prevents questions at the desk.',
  },
  'support-patients-digital-skills': {
    title: 'Help patients with few digital skills',
    description:
      'Offer help to patients who struggle with digital tools, for example a short explanation at the desk, or refer them to a place where they get support, such as the library. Ask during the consultation whether digital contact works for them.',
    rationale:
      'Without support, digital care widens the differences between patients instead of narrowing them.',
  },
  'keep-non-digital-access': {
    title: 'Keep the practice easy to reach without digital means',
    description:
      'Make sure patients who cannot or will not go digital reach the practice just as well, by phone and at the desk. Use digital care alongside physical care, not instead of it.',
    rationale: 'Digital care is an addition; care must remain equitable and timely for everyone.',
  },
  'decide-together-with-patients': {
    title: 'Decide with the patient what can be digital',
    description:
      'Discuss with the patient whether and how digital means are used and what must stay physical. Where it fits, use a digital decision aid in the conversation.',
    rationale:
      'Deciding together makes digital care add something for patient and care provider, and prevents unsafe choices.',
  },
  'tailor-to-patient-abilities': {
    title: 'Match digital care to what the patient can do',
    description:
      'Assess for each patient what he or she can manage digitally and offer the form of care that fits. Use digital means above all where they make the patient more self-reliant.',
    rationale:
      'Like physical care, digital care is tailor-made; what works for one patient is a barrier for another.',
  },
  'keep-nen7510-current': {
    title: 'Keep information security in line with NEN 7510',
    description:
      'Use a compliance tool or checklist to assess information security against NEN 7510 and keep track of actions. Go through it again at least once a year, even when everything seems in order.',
    rationale:
      'Threats and rules change; security that is not maintained becomes outdated without anyone noticing.',
  },
  'use-password-vault': {
    title: 'Use a password vault',
    description:
      'Give everyone their own account and keep shared passwords in a password vault instead of on notes or in a file. Agree who manages the vault.',
    rationale: 'A small step that removes common security risks.',
  },
  'write-continuity-plan': {
    title: 'Write a plan for system outages',
    description:
      'Describe what the team does when the GP information system, the portal or the telephony fails: who does what, how patients are informed and how records are updated afterwards. Rehearse the plan briefly once a year.',
    rationale:
      'The more digitally the practice works, the greater the consequences of an outage for safety and accessibility.',
  },
  'offer-self-triage-and-consult-preparation': {
    title: 'Offer digital self-triage and consultation preparation',
    description:
      'Let patients enter their complaints on the website and get immediate advice on self-care, contacting the practice or urgent care, using a validated module whose advice the team knows. Let them fill in questions and information beforehand, so the consultation can get to the point at once.',
    rationale:
      'Good self-triage lowers phone pressure, and a prepared consultation takes less time and goes deeper sooner.',
  },
  'use-decision-support': {
    title: 'Use decision support in the consultation',
    description:
      'Make decision-support instruments, such as NHG guidelines in the GP information system, available at every workstation. Agree for which questions the team consults them.',
    rationale:
      'Decision support helps to work consistently along the guidelines and makes care safer.',
  },
  'move-repeat-requests-online': {
    title: 'Move repeat prescriptions and routine questions online',
    description:
      'Let patients arrange repeat prescriptions, appointments and questions about results through the portal or an e-consultation. Point to it actively in the phone message and on the website.',
    rationale:
      'Many calls are about routine matters; handling them online relieves the desk and gives patients an answer sooner.',
  },
  'use-speech-reporting': {
    title: 'Introduce speech-driven reporting',
    description:
      'Let one or two care providers try speech-driven reporting and extend it if it works. Agree how the report is checked before it goes into the record.',
    rationale:
      'Less typing and transferring gives more time for the patient and less administrative pressure.',
  },
  'substitute-visits-with-e-consult-and-video': {
    title: 'Replace suitable consultations by e-consultation or video',
    description:
      'Decide for which questions an e-consultation or a video call can replace a physical consultation, such as check-ups and discussing results. Set it up, make it part of the schedule and agree who carries it out.',
    rationale:
      'Task substitution by digital contact is the first step in the INK phase model and saves time for practice and patient at once.',
  },
  'improve-medication-safety-flows': {
    title: 'Improve processes such as medication safety digitally',
    description:
      'Choose a process with many manual steps, such as repeat medication or medication transfer, and make its digital steps connect. Remove re-typing and duplicate work and check the result.',
    rationale:
      'Process improvement, with medication safety as the example, marks the second INK phase and reduces errors and duplicate work.',
  },
  'give-informal-carers-portal-access': {
    title: 'Give informal carers access through the portal',
    description:
      'Find out whether your portal can give informal carers access; ask your GP information system or portal supplier. If it can, agree a fixed procedure for the patient’s consent and for withdrawing it.',
    rationale:
      'Supporting the patient’s network through portals belongs to the third INK phase and relieves patient, carer and desk.',
  },
  'offer-telemonitoring': {
    title: 'Offer telemonitoring and self-measurement',
    description:
      'Let suitable patients, for example with hypertension or diabetes, measure at home and pass on the values digitally. Agree who looks at the measurements, how often, and when the patient is called.',
    rationale: 'Patients get more control and the practice sees sooner when things go less well.',
  },
  'offer-digital-self-help': {
    title: 'Offer digital self-help programmes',
    description:
      'Have the practice nurse offer a digital self-help or treatment programme for suitable complaints, such as low mood, insomnia or lifestyle. Choose the programme together with the patient and agree moments to discuss progress.',
    rationale:
      'Guidance at a distance is less of a burden for the patient, gives more control, and saves consultation time.',
  },
  'exchange-data-with-care-partners': {
    title: 'Exchange data digitally with care partners',
    description:
      'Make agreements with the pharmacy, district nursing, hospital and social services on secure digital communication and data exchange. Join a shared digital platform in the region where possible.',
    rationale:
      'Coordination and data exchange with other care partners mark the fourth INK phase and prevent re-typing and errors at hand-overs.',
  },
  'share-population-data-regionally': {
    title: 'Use population data together in the care network',
    description:
      'Work with the care group, the municipality and other partners on a shared picture of the population, using anonymised data. Use it to plan care and prevention in the neighbourhood together.',
    rationale: 'Population data for joint operations in the care network mark the fifth INK phase.',
  },
  'close-self-assessment-gap': {
    title: 'Discuss the gap between own judgement and score',
    description:
      'The practice’s own judgement of how well digital care is integrated differs clearly from the computed score. Discuss in the team where the difference comes from and which answers paint a different picture than expected.',
    rationale:
      'A large gap points to blind spots or to too much modesty; both deserve a conversation before steps are chosen.',
  },
  'complete-missing-answers': {
    title: 'Fill in the missing answers',
    description:
      'Part of the questions has not been answered. Ask the colleagues who know the answers to fill them in, or choose ‘not applicable’ deliberately where that is right.',
    rationale:
      'With answers missing, the scan gives an incomplete picture of where the practice stands.',
  },
  'certify-external-quality-mark': {
    title: 'Certify for a quality mark',
    description:
      'Have an application that is already in use certified for a quality mark, such as the WDTM chain quality mark. It takes much energy: plan it once the practice has developed its use of e-health further (the scale-up phase).',
    rationale:
      'Through certification the organisation learns to embed care technology well; that knowledge is useful for introducing and embedding further e-health.',
  },
  'install-check-in-kiosk': {
    title: 'Buy a check-in kiosk',
    description:
      'With a check-in kiosk patients register themselves for their appointment on arrival. Weigh it with the three questions for choosing a solution: does it fit the work processes, is it workable for the team, is it safe?',
    rationale: 'A check-in kiosk reduces the pressure on the front desk.',
  },
};
