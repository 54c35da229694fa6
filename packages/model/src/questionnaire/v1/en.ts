import type { QuestionnaireLocale } from './structure';

/** The English texts of questionnaire 1.0.0, a faithful rendering of the Dutch. */
export const en: QuestionnaireLocale = {
  title: 'Digital care practice scan',
  description:
    'A self-assessment for the whole practice team: how far have we come with digital care, how well does it fit our way of working and our patients, and what is our next step? Fill it in together and answer each question for the practice as a whole.',
  sections: {
    'vision-policy': {
      title: 'Vision and policy',
      description:
        'Why and for what we use digital care, how it is laid down in our policy, and how we stay in charge ourselves, also with new technology such as AI.',
    },
    'team-skills': {
      title: 'Team, knowledge and skills',
      description:
        'Whether our team has the knowledge, skills and learning time to use digital care well, and how we try out new applications safely.',
    },
    'work-processes': {
      title: 'Work processes and improvement cycle',
      description:
        'How we introduce digital applications step by step along plan-do-check-act: from goal and bottlenecks to fixed agreements in protocols.',
    },
    'care-delivery': {
      title: 'Digital care in the care process',
      description:
        'Which care we actually deliver digitally: from a digital contact instead of a visit, through safer and smarter processes, to supporting patients and those close to them (INK phases 1 to 3).',
    },
    patients: {
      title: 'Involving and informing patients',
      description:
        'How we involve, inform and support patients, and make sure digital care fits what each patient can and wants to do.',
    },
    'security-continuity': {
      title: 'Information security and continuity',
      description:
        'How we protect patient data, and how care continues when a digital system fails.',
    },
    'network-exchange': {
      title: 'Collaboration and data exchange',
      description:
        'How we work together and exchange data digitally with other care providers, and organise care for our population together with the care network (INK phases 4 and 5).',
    },
    'monitoring-results': {
      title: 'Monitoring and measuring results',
      description:
        'Whether we set measurable goals beforehand, follow and evaluate results, and use the yearly monitoring to adjust course.',
    },
    applications: {
      title: 'Digital applications',
      description:
        'Which kinds of digital application we use and how far we have come with each. Where a kind rightly has no use for our practice, choose "not applicable".',
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
      text: 'Do we as a practice have a clear vision of digital care: what we use it for, and what we deliberately do not?',
      help: 'Think of: digital care where it fits and is at least as good as care in the practice, always combined with physical care. A vision the team has worked out together works better than one on paper.',
    },
    'in-practice-plan': {
      text: 'Is digital care part of our practice plan, our quality policy and our annual quality report?',
    },
    'practice-goal': {
      text: 'For the digital application we are introducing, have we written down a concrete goal: what we want to achieve, how, who does it and by when?',
      help: 'For example: "We introduce e-consultation so that the phone line is quieter in the morning; the assistants answer e-consultations by protocol; ready by 1 June."',
    },
    'added-value-shown': {
      text: 'Do we only use a digital application structurally once its added value has been shown, in research or in our own measurement?',
    },
    'professional-control': {
      text: 'Do we stay in charge of digital care ourselves: do we as professionals decide on quality, care process and safety, rather than a supplier or the technology?',
    },
    'ai-same-norms': {
      text: 'Do we hold applications that use artificial intelligence (AI) to the same quality and ethical standards as other care?',
      help: 'For example: who checks the output, how do we handle patient data, does it work equally well for all groups of patients? Choose "not applicable" if we use no AI.',
    },

    // team-skills
    'team-knowledge-skills': {
      text: 'Does our team have enough knowledge and skills to use our digital applications well and safely?',
    },
    'basic-digital-skills': {
      text: 'Do we work deliberately on the basic digital skills of every team member, and do we know who needs extra support with them?',
      help: 'Think of basic skills, apps and settings, privacy, and working with the practice information system and the patient portal.',
    },
    'learning-time': {
      text: 'Does every team member get time to gain experience with digital care, in the order of some 100 hours over two years?',
      help: 'Following the 10-20-70 split: about 10 hours of workshops, 20 hours of reflecting with an expert and 70 hours of practising in daily work. That is about one hour a week.',
    },
    'digital-ambassadors': {
      text: 'Have we appointed one or more team members as digital care lead or ambassador, with time to help colleagues?',
    },
    'learning-environment': {
      text: 'Do we first try out a new application on a small scale, with a goal set in advance, before introducing it widely?',
      help: 'For example one GP and one assistant for a month, after which we review together what it has yielded.',
    },

    // work-processes
    'processes-adapted': {
      text: 'Have we adapted our internal work processes enough to the digital care we offer?',
      help: 'For example: who reads e-consultations and portal messages, when, and how is that in the schedule?',
    },
    'solutions-inventory': {
      text: 'Do we have an up-to-date overview of the digital applications we use: what for, by whom and how often?',
    },
    'bottlenecks-mapped': {
      text: 'Have we mapped together what holds us up in the practice, such as morning phone pressure, many repeat questions, much re-typing or an unclear division of tasks?',
    },
    'tool-choice-checks': {
      text: 'Do we choose a new application together, checking beforehand that it fits our work processes, is workable for the team and is safe?',
      help: 'Workable means: simple instructions and as few actions as possible.',
    },
    'team-tool-agreements': {
      text: 'Is the whole team informed when we introduce an application, and have we clearly agreed what it is used for and by whom?',
    },
    'adjustments-in-protocols': {
      text: 'Do we adjust our working agreements based on our experience, and lay the new agreements down in protocols and in daily work?',
    },
    'embedded-in-primary-process': {
      text: 'Are applications that have proven themselves a fixed part of our care process, with instruction for new colleagues and a place in our quality system?',
    },

    // care-delivery
    'digital-replaces-visits': {
      text: 'Where it fits, do we replace a visit to the practice by a digital contact, such as an e-consultation or a video call for a check-up or a result?',
    },
    'routine-requests-online': {
      text: 'Do patients handle simple matters such as appointments, repeat prescriptions and forms online by default, so that the phone stays free for those who need it?',
    },
    'medication-safety-digital': {
      text: 'Do we use digital support to improve medication safety, such as medication checks in the practice information system, electronic prescribing and digital coordination with the pharmacy?',
    },
    'digital-flows-connected': {
      text: 'Do the digital flows in our practice connect, so that information from the portal, an e-consultation or a questionnaire reaches the record without re-typing?',
    },
    'digital-triage-safe': {
      text: 'Are digital requests for help and self-triage results assessed the same working day by a trained triage assistant, so that urgent complaints are not left waiting?',
    },
    'informal-carer-access': {
      text: 'Can informal carers or relatives, with the patient’s consent, look along or arrange matters for the patient through the portal?',
      help: 'For example with an authorisation in the patient portal.',
    },
    'self-monitoring': {
      text: 'Where it fits, do patients with a chronic condition measure at home and share the values digitally with the practice, which responds as agreed?',
    },

    // patients
    'patient-involved': {
      text: 'To what extent do we involve patients in choosing and shaping our digital care, for example through a patient panel or by asking about their experience?',
    },
    'full-contact-form': {
      text: 'Do we show patients that digital contact is a full way of reaching us, not a second choice?',
    },
    'proactive-encouragement': {
      text: 'Do we actively approach patients ourselves to start using digital applications, for example during a consultation or at the front desk?',
    },
    'channel-guidance': {
      text: 'Do we tell patients how best to reach us: when to phone, when to send an e-consultation and when it is useful to view their own record online?',
    },
    'understandable-information': {
      text: 'Is the information about our digital care on the practice website and the waiting-room screen easy to understand, also for patients with limited reading or digital skills?',
    },
    'patient-support': {
      text: 'Where needed, do we help patients use our digital applications, or refer them to a place where they get that help?',
      help: 'For example an explanation at the front desk, an instruction video or a referral to a course at the library.',
    },
    'patients-informed-actively': {
      text: 'When we start offering something new digitally, do we actively inform patients through several channels, such as the website, portal, phone message, waiting-room poster and the consultation?',
    },
    'decide-together': {
      text: 'Do the GP and the patient decide together whether a contact can be digital or must be physical, for example because a physical examination is needed?',
    },
    'tailored-to-patient': {
      text: 'Do we match our use of digital care to what the individual patient can and wants to do, so that it makes them more self-reliant?',
    },
    'patient-digital-skills': {
      text: 'Do we help increase our patients’ digital skills, for example with explanation, practice sessions or cooperation with the library or social work?',
    },
    'non-digital-access': {
      text: 'Do patients who cannot or will not use digital channels keep equal access to our care, by phone and at the front desk?',
    },

    // security-continuity
    'information-security-nen7510': {
      text: 'Do we demonstrably work on information security according to NEN 7510, with an up-to-date risk analysis and recorded measures?',
    },
    'password-management': {
      text: 'Does every team member have their own accounts with strong passwords, kept in a password vault and protected with two-factor authentication where possible?',
    },
    'continuity-plan': {
      text: 'Do we have a written procedure for when a digital system fails (practice information system, portal, telephony), so that care continues?',
    },

    // network-exchange
    'chain-data-exchange': {
      text: 'Do we exchange data digitally and securely with other care partners, such as the pharmacy, hospital, out-of-hours GP service and district nursing, without re-typing or fax?',
    },
    'shared-care-platform': {
      text: 'Do we coordinate care around patients with other care providers and the social domain through a shared digital platform or a shared care plan?',
    },
    'population-data': {
      text: 'Do we use data on our practice population, together with partners in the care network, to plan care in the neighbourhood or region jointly?',
      help: 'For example mapping risk groups or chronic care, and agreeing with the municipality, neighbourhood team or care group who takes up what.',
    },
    'regional-coalition': {
      text: 'Do we take part in a regional partnership that shares responsibility for the health of the population, with joint digital services?',
    },

    // monitoring-results
    'measurable-goals': {
      text: 'Do we make it measurable beforehand what a digital application should yield, for patients or for the practice?',
    },
    'indicators-tracked': {
      text: 'Do we follow a few indicators, such as the number of morning phone calls, the share of e-consultations or the response time, and discuss them regularly in the team?',
    },
    'use-evaluated': {
      text: 'After some weeks or months, do we evaluate with the team how an application is used, including feedback from patients?',
      help: 'What is going better, what takes time, are there fewer calls and call-back requests?',
    },
    'yearly-questionnaire': {
      text: 'In the past year, did we complete our region’s yearly monitoring questionnaire and use the outcomes to set our direction?',
      help: 'Choose "not applicable" if our region does not run such a questionnaire.',
    },
    'practice-visit-feedback': {
      text: 'In the past year, did we have a practice visit about digitisation, and did we discuss its feedback?',
      help: 'Choose "not applicable" if our region organises no practice visits.',
    },

    // applications
    'uses-waiting-room-screen': {
      text: 'To what extent do we use a waiting-room screen for current practice information and health education?',
    },
    'uses-practice-website': {
      text: 'To what extent do we use our practice website to tell patients when and how to reach us, and to point them to our digital services?',
    },
    'uses-patient-portal': {
      text: 'To what extent do we use a patient portal for appointments, repeat prescriptions, results and access to the record?',
    },
    'uses-e-consultation': {
      text: 'To what extent do we use e-consultation or chat for questions that are not urgent?',
    },
    'uses-video-consultation': {
      text: 'To what extent do we use video calls for remote consultations?',
    },
    'uses-health-information': {
      text: 'To what extent do we refer patients to reliable online health information, such as Thuisarts.nl?',
    },
    'uses-telemonitoring': {
      text: 'To what extent do we use telemonitoring to follow patients’ health remotely?',
    },
    'uses-self-help-programmes': {
      text: 'To what extent do we offer digital self-help or treatment programmes, for example for mental health complaints or lifestyle?',
    },
    'uses-digital-self-triage': {
      text: 'To what extent do we offer digital self-triage, with which patients enter their complaints and get advice straight away?',
    },
    'uses-consult-preparation': {
      text: 'To what extent do we let patients enter their complaints and questions digitally beforehand, to prepare the consultation?',
    },
    'uses-decision-support': {
      text: 'To what extent do we use digital decision support for diagnosis and treatment, such as guidelines that look along in the practice information system?',
    },
    'uses-decision-aids': {
      text: 'To what extent do we use digital decision aids to choose a treatment together with the patient?',
    },
    'uses-check-in-kiosk': {
      text: 'To what extent do we use a check-in kiosk with which patients register themselves for their appointment?',
      help: 'A small practice without a busy front desk rightly chooses "not applicable" here.',
    },
    'uses-speech-reporting': {
      text: 'To what extent do we use speech-driven reporting or digital conversation support?',
    },
    'uses-provider-communication': {
      text: 'To what extent do we communicate securely and digitally with care providers outside the practice, for consultation, advice and exchanging patient data?',
    },
    'uses-measuring-equipment': {
      text: 'To what extent do we use digital measuring equipment in the practice, such as an ECG, a spirometer or a 24-hour blood pressure monitor?',
    },
    'uses-ai-support': {
      text: 'To what extent do we use applications with artificial intelligence (AI), for example for reporting or for answering messages?',
    },
    'uses-nen7510-compliance': {
      text: 'To what extent do we use a tool to meet NEN 7510 and keep it up to date?',
    },
    'uses-password-vault': {
      text: 'To what extent do we use a password vault for the whole team?',
    },

    // overall
    'overall-integration': {
      text: 'All things considered: is digital care well integrated in the way we run the practice?',
      help: 'Our own judgement. It is reported beside the computed score and does not count towards it.',
    },
  },
};
