import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applicationTypeIds,
  igjThemeIds,
  inkPhaseIds,
  type QualityAspectId,
  qualityAspectIds,
} from '../src/concepts/ids';
import { questionnaire } from '../src/questionnaire/registry';
import { questionnaireSchema } from '../src/questionnaire/schema';
import type { QuestionnaireItem } from '../src/questionnaire/types';
import { itemIds, questionnaireV2, sectionIds } from '../src/questionnaire/v2';
import { type SeedFile, seedFiles } from '../src/shared/source';

const seedsDir = new URL('../../../reference/seeds/', import.meta.url);
const docsFile = new URL('../../../docs/domain.md', import.meta.url);

/** Lower case, whitespace runs collapsed to one space: how source phrases are compared. */
const normalize = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

const seedTexts = new Map<SeedFile, string>(
  seedFiles.map((file) => [file, normalize(readFileSync(new URL(file, seedsDir), 'utf8'))]),
);
const seedText = (file: SeedFile): string => {
  const text = seedTexts.get(file);
  if (text === undefined) throw new Error(`unknown seed ${file}`);
  return text;
};

const [seed000, seed001, seed002, seed003, seed004] = seedFiles;

const { items, sections } = questionnaireV2;
const scored = items.filter((item) => item.scored);
const byId = new Map(items.map((item) => [item.id, item]));
const scaleMax = { agreement: 4, 'yes-no': 1, usage: 4 } as const;

/** Items citing `seed` whose source phrase lies within `passage` (quoted from that seed). */
function itemsFromPassage(seed: SeedFile, passage: string): QuestionnaireItem[] {
  const normalizedPassage = normalize(passage);
  return items.filter(
    (item) =>
      item.source.seed === seed && normalizedPassage.includes(normalize(item.source.heading)),
  );
}

function expectPassageInSeed(seed: SeedFile, passage: string): void {
  expect(
    seedText(seed).includes(normalize(passage)),
    `passage not found in ${seed}: '${passage}'`,
  ).toBe(true);
}

describe('questionnaire 2.0.0: shape', () => {
  it('passes the questionnaire schema and is the current questionnaire', () => {
    const result = questionnaireSchema.safeParse(questionnaireV2);
    expect(result.success, JSON.stringify(result.error?.issues, null, 2)).toBe(true);
    expect(questionnaireV2).toMatchObject({ id: 'praktijkscan', version: '2.0.0' });
    expect(questionnaire).toBe(questionnaireV2);
  });

  it('has unique section and item ids, in the order of sectionIds and itemIds', () => {
    expect(sections.map((section) => section.id)).toEqual([...sectionIds]);
    expect(items.map((item) => item.id)).toEqual([...itemIds]);
    expect(new Set(itemIds).size).toBe(itemIds.length);
    for (const id of itemIds) expect(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id), id).toBe(true);
  });

  it('has at most 60 scored items, and only the overall judgement unscored', () => {
    expect(scored.length).toBeLessThanOrEqual(60);
    expect(items.filter((item) => !item.scored).map((item) => item.id)).toEqual([
      'overall-integration',
    ]);
  });

  it('cites, for every item, a phrase that occurs in its seed', () => {
    for (const item of items) {
      expect(
        seedText(item.source.seed).includes(normalize(item.source.heading)),
        `item "${item.id}": '${item.source.heading}' not found in ${item.source.seed}`,
      ).toBe(true);
    }
  });

  it('has Dutch and English texts that differ, and help in both languages or neither', () => {
    for (const item of items) {
      expect(item.text.nl, item.id).not.toBe(item.text.en);
      if (item.help) expect(item.help.nl, item.id).not.toBe(item.help.en);
    }
  });

  it('asks one question per item: one question mark, no "and do we" joining a second question', () => {
    for (const item of items) {
      expect(item.text.nl.split('?').length - 1, `item "${item.id}" (nl)`).toBe(1);
      expect(item.text.en.split('?').length - 1, `item "${item.id}" (en)`).toBe(1);
      expect(/, en (hebben|zijn|leggen|weten|bespreken) we/.test(item.text.nl), item.id).toBe(
        false,
      );
      expect(/, and (do|have|are) we/.test(item.text.en), item.id).toBe(false);
    }
  });

  it('builds no justification into a question ("zodat", "so that")', () => {
    for (const item of items) {
      expect(/\bzodat\b/.test(item.text.nl), `item "${item.id}" (nl)`).toBe(false);
      expect(/\bso that\b/.test(item.text.en), `item "${item.id}" (en)`).toBe(false);
    }
  });
});

describe('questionnaire 2.0.0: coverage of the seeds (DOMAIN.md)', () => {
  const seed000Questions = [
    'Hebben we een duidelijke visie op digitale zorg in onze praktijk?',
    'Is de inzet van digitale zorg onderdeel van ons praktijkplan, kwaliteitsbeleid en kwaliteitsjaarverslag?',
    'Hebben we zelf voldoende kennis en vaardigheden om toepassingen op het gebied van digitale zorg op een goede wijze te kunnen gebruiken?',
    'Hebben we onze interne werkprocessen voldoende aangepast aan ons digitale zorgaanbod?',
    'In hoeverre betrekken we de patiënt?',
    'Dragen we uit dat digitale zorg een volwaardige contactvorm is?',
    'Benaderen we onze patiënten proactief om het gebruik van toepassingen op het gebied van digitale zorg te stimuleren?',
    'Vertellen we op welke manier de patiënt de huisartsenpraktijk het beste kan benaderen (onder andere: wanneer pak je de telefoon, wanneer maak je gebruik van een e-consult of wanneer is online inzage relevant)?',
    'Delen we informatie over digitale zorg op onze praktijkwebsite en/of wachtkamerscherm op een begrijpelijke manier?',
    'Bieden we onze patiënten waar nodig ondersteuning bij het inzetten van toepassingen op het gebied van digitale zorg? Of geven wij aan waar patiënten ondersteuning kunnen vinden?',
    'Concluderend: is digitale zorg goed geïntegreerd in onze praktijkvoering?',
  ];

  it('covers each of the eleven questions of seed 000 with exactly one item; the last is unscored', () => {
    for (const question of seed000Questions) {
      expectPassageInSeed(seed000, question);
      expect(itemsFromPassage(seed000, question).length, question).toBe(1);
    }
    const [conclusion] = itemsFromPassage(seed000, seed000Questions[10] ?? '');
    expect(conclusion).toMatchObject({ id: 'overall-integration', scored: false });
  });

  it('covers each PDCA activity of seed 001 that DOMAIN.md names', () => {
    const activities = [
      "Formuleer een praktijkdoel, bijv.: 'We implementeren digitale tool X, zodat",
      'Inventariseer en maak een overzicht van welke digitale oplossingen de praktijk al gebruik maakt. Noteer waarvoor, door wie, en de frequentie.',
      'Breng huidige knelpunten in kaart.',
      'Spreek met elkaar duidelijk af waarvoor de tool gebruikt wordt en wie de tool gebruikt.',
      'Evalueer na een aantal weken/maanden het gebruik van de tool binnen het team.',
      'De aangepaste afspraken worden geborgd in protocollen en dagelijkse werkprocessen.',
    ];
    for (const passage of activities) {
      expectPassageInSeed(seed001, passage);
      expect(itemsFromPassage(seed001, passage).length, passage).toBeGreaterThan(0);
    }
  });

  it('names the three tool-choice checks in the tool-choice item', () => {
    const choice = byId.get('tool-choice-checks');
    const text = normalize(`${choice?.text.en} ${choice?.help?.en}`);
    for (const check of ['work processes', 'workable', 'safe']) expect(text).toContain(check);
  });

  it('covers each condition of seed 002', () => {
    const conditions = [
      'Wij zetten digitale zorg in als die voldoet aan de kwaliteitseisen voor de huisartsenzorg en als de toegevoegde waarde (wetenschappelijk)',
      'kunnen huisarts en patiënt samen bepalen wat digitaal kan en wat fysiek moet.',
      'de huisarts sluit aan bij de mogelijkheden en vaardigheden van de patiënt.',
      'Wij houden zelf de regie over (digitale) zorg',
    ];
    for (const passage of conditions) {
      expectPassageInSeed(seed002, passage);
      expect(itemsFromPassage(seed002, passage).length, passage).toBeGreaterThan(0);
    }
    // The digital skills of team and patients (seed 002: "Het vergroten van digitale
    // vaardigheden bij zorgverleners en patiënten") are asked by the seed-000 items on the team's
    // knowledge and skills and on supporting patients, so that no skill is asked twice.
    expectPassageInSeed(
      seed002,
      'vergroten van digitale vaardigheden bij zorgverleners en patiënten',
    );
    expect(byId.get('team-knowledge-skills')).toMatchObject({ section: 'team-skills' });
    expect(byId.get('team-knowledge-skills')?.text.en).toMatch(/skills/);
    expect(byId.get('patient-support')).toMatchObject({ section: 'patients' });
    expect(byId.get('patient-support')?.help?.en).toMatch(/digital skills/);
  });

  it('carries every IGJ theme by at least two scored items', () => {
    for (const theme of igjThemeIds) {
      expect(scored.filter((item) => item.theme === theme).length, theme).toBeGreaterThanOrEqual(2);
    }
  });

  it('has one inventory item per application type, allowing "na" and saying when to choose it', () => {
    for (const type of applicationTypeIds) {
      const item = byId.get(`uses-${type}`);
      expect(item, type).toMatchObject({
        applicationType: type,
        scale: 'usage',
        section: 'applications',
        allowsNotApplicable: true,
        scored: true,
      });
      expect(item?.inkPhase, type).toBeUndefined();
      expect(item?.help?.nl, type).toContain('niet van toepassing');
      expect(item?.help?.nl, type).toContain('niet in gebruik');
      expect(item?.help?.en, type).toContain('not applicable');
      expect(item?.help?.en, type).toContain('not in use');
    }
    expect(items.filter((item) => item.scale === 'usage').length).toBe(applicationTypeIds.length);
  });

  it('covers the monitoring of seed 001 and the measuring of results of seed 004', () => {
    const monitoring =
      'Monitoring binnen de praktijkdigitalisering is essentieel om inzicht te krijgen hoe het gebruik van digitale oplossingen effect heeft op praktijkvoering, werkdruk en bereikbaarheid.';
    const visit = 'Ondersteuningsbehoefte:** Waarin kan ZIO ondersteunen?';
    const measuring = 'Hoe meten we praktisch onze resultaten?';
    expectPassageInSeed(seed001, monitoring);
    expectPassageInSeed(seed001, visit);
    expectPassageInSeed(seed004, measuring);
    expect(itemsFromPassage(seed001, monitoring).length).toBeGreaterThan(0);
    expect(itemsFromPassage(seed001, visit).length).toBeGreaterThan(0);
    expect(itemsFromPassage(seed004, measuring).length).toBeGreaterThan(0);
  });

  it('has at least two INK indicators per phase; "na" only where the indicator needs an optional tool', () => {
    const optionalTool = new Set(['informal-carer-access']);
    for (const phase of inkPhaseIds) {
      const indicators = items.filter((item) => item.inkPhase === phase);
      expect(indicators.length, `INK phase ${phase}`).toBeGreaterThanOrEqual(2);
      for (const item of indicators) {
        expect(item.scored).toBe(true);
        expect(item.allowsNotApplicable, item.id).toBe(optionalTool.has(item.id));
        if (item.allowsNotApplicable) expect(item.help?.en, item.id).toMatch(/not applicable/);
      }
    }
  });

  it('asks the seed concepts 1.0.0 left out, each from its seed', () => {
    const concepts: ReadonlyArray<readonly [string, SeedFile, string]> = [
      [
        'workload (seed 001 Monitoring)',
        seed001,
        'hoe het gebruik van digitale oplossingen effect heeft op praktijkvoering, werkdruk en bereikbaarheid',
      ],
      [
        'financing (seed 004 step 4)',
        seed004,
        'Voor succesvolle toepassingen is duurzame financiering nodig',
      ],
      [
        'regional experience (seed 003 step 4)',
        seed003,
        'Hoe gebruik je de ervaringen van andere huisartsenvoorzieningen?',
      ],
      ['support need (seed 001 practice visit)', seed001, 'Waarin kan ZIO ondersteunen?'],
    ];
    for (const [concept, seed, passage] of concepts) {
      expectPassageInSeed(seed, passage);
      expect(itemsFromPassage(seed, passage).length, concept).toBeGreaterThan(0);
    }
    // Asked in help texts: job satisfaction (seed 004 step 2) with the vision, task
    // redistribution and capacity (seed 002) with the work processes, costs (seed 003 step 4)
    // with the financing.
    expect(byId.get('digital-care-vision')?.help?.nl).toContain('werkplezier');
    expect(byId.get('processes-adapted')?.help?.nl).toContain('taakherschikking');
    expect(byId.get('financing-arranged')?.help?.nl).toContain('kosten');
  });

  it('cites every seed', () => {
    for (const seed of seedFiles)
      expect(items.some((item) => item.source.seed === seed)).toBe(true);
  });
});

describe('questionnaire 2.0.0: weights', () => {
  const applicableMax = (aspect: QualityAspectId, subset: readonly QuestionnaireItem[]): number =>
    subset.reduce((sum, item) => sum + item.weights[aspect] * scaleMax[item.scale], 0);

  it('carries every aspect by at least four items; every scored item has a positive weight', () => {
    for (const aspect of qualityAspectIds) {
      expect(
        scored.filter((item) => item.weights[aspect] > 0).length,
        aspect,
      ).toBeGreaterThanOrEqual(4);
    }
    for (const item of scored) {
      expect(
        qualityAspectIds.some((aspect) => item.weights[aspect] > 0),
        item.id,
      ).toBe(true);
    }
  });

  it('lets inventory items weigh at most a quarter of any aspect’s applicable maximum', () => {
    const inventory = scored.filter((item) => item.scale === 'usage');
    for (const aspect of qualityAspectIds) {
      const share = applicableMax(aspect, inventory) / applicableMax(aspect, scored);
      expect(
        share,
        `inventory share of ${aspect}: ${(share * 100).toFixed(1)} %`,
      ).toBeLessThanOrEqual(0.25);
    }
  });

  it('gives equity no weight from tool adoption (seed 002 lists "gelijkheid" among the risks)', () => {
    expectPassageInSeed(seed002, 'gelijkheid en tijdigheid van zorg');
    expectPassageInSeed(
      seed002,
      'risico’s van digitale zorg. Daarbij gaat het bijvoorbeeld om patiëntveiligheid, effectiviteit',
    );
    for (const item of scored.filter((candidate) => candidate.scale === 'usage')) {
      expect(item.weights.equity, item.id).toBe(0);
    }
  });

  it('lets no single item carry more than 15 % of an aspect', () => {
    for (const aspect of qualityAspectIds) {
      const total = applicableMax(aspect, scored);
      for (const item of scored) {
        expect(
          item.weights[aspect] * scaleMax[item.scale],
          `${item.id} on ${aspect}`,
        ).toBeLessThanOrEqual(0.15 * total);
      }
    }
  });
});

describe('questionnaire 2.0.0: no two items with the same meaning', () => {
  /**
   * Pairs of 2.0.0 items that touch one subject, reviewed by hand: each with what sets them apart.
   * A new item that touches the subject of another must be added here after review.
   */
  const reviewedDistinct: ReadonlyArray<readonly [string, string, string]> = [
    [
      'digital-replaces-visits',
      'uses-video-consultation',
      'substituting visits (INK 1) vs adopting one channel',
    ],
    [
      'digital-replaces-visits',
      'uses-e-consultation',
      'substituting visits (INK 1) vs adopting one channel',
    ],
    [
      'digital-contact-scheduled',
      'uses-e-consultation',
      'a place in the daily schedule (seed 002) vs adoption',
    ],
    [
      'digital-replaces-visits',
      'digital-contact-scheduled',
      'what replaces a visit vs how the schedule changes',
    ],
    [
      'informal-carer-access',
      'uses-patient-portal',
      "the patient's network via the portal (INK 3) vs the portal's adoption",
    ],
    ['ai-same-norms', 'uses-ai-support', 'testing AI against norms vs adopting AI'],
    [
      'understandable-information',
      'uses-practice-website',
      'how understandable the information is vs adoption',
    ],
    [
      'understandable-information',
      'uses-waiting-room-screen',
      'how understandable the information is vs adoption',
    ],
    [
      'patient-in-provider-network',
      'uses-provider-communication',
      'including the patient (INK 3) vs adopting provider communication',
    ],
    [
      'information-security-checked',
      'uses-nen7510-compliance',
      'checking against the law vs adopting one tool for it',
    ],
    [
      'decide-together',
      'uses-decision-aids',
      'deciding digital or physical (seed 002) vs a tool for choosing a treatment',
    ],
    [
      'exchange-agreements',
      'uses-provider-communication',
      'agreements with partners (INK 4) vs adopting a communication tool',
    ],
    [
      'results-measured',
      'use-evaluated',
      'measuring against an aim (seed 004) vs a team evaluation of use (seed 001 Check)',
    ],
    [
      'use-evaluated',
      'workload-effect',
      'one evaluation after weeks vs keeping track of the workload',
    ],
    [
      'in-practice-plan',
      'digital-care-vision',
      'the plan and reports vs the vision (two seed-000 questions)',
    ],
    [
      'proactive-encouragement',
      'channel-guidance',
      'encouraging use vs telling which channel when (two seed-000 questions)',
    ],
    [
      'team-knowledge-skills',
      'learning-environment',
      'having the skills vs trying out on a small scale',
    ],
  ];

  /** Words that name an application type in a question (Dutch), by type. */
  const typeWords: Readonly<Record<(typeof applicationTypeIds)[number], readonly string[]>> = {
    'waiting-room-screen': ['wachtkamerscherm'],
    'practice-website': ['praktijkwebsite'],
    'patient-portal': ['portaal'],
    'e-consultation': ['e-consult'],
    'video-consultation': ['beeldbel'],
    'health-information': ['gezondheidsinformatie'],
    telemonitoring: ['telemonitoring', 'zelf meten'],
    'self-help-programmes': ['zelfhulp'],
    'digital-self-triage': ['zelftriage'],
    'consult-preparation': ['consultvoorbereiding'],
    'decision-support': ['beslisondersteuning', 'beslissingsondersteunend'],
    'decision-aids': ['keuzehulp'],
    'check-in-kiosk': ['aanmeldzuil'],
    'speech-reporting': ['spraak'],
    'provider-communication': ['communicatie met andere zorgverleners'],
    'measuring-equipment': ['meetapparatuur'],
    'ai-support': ['kunstmatige intelligentie'],
    'nen7510-compliance': ['nen 7510', 'nen7510'],
    'password-vault': ['wachtwoord'],
  };

  const reviewed = (a: string, b: string) =>
    reviewedDistinct.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

  it('lists only pairs of existing items', () => {
    for (const [a, b, reason] of reviewedDistinct) {
      expect(byId.has(a), a).toBe(true);
      expect(byId.has(b), b).toBe(true);
      expect(reason.length).toBeGreaterThan(10);
    }
  });

  it('has no two items citing the same phrase, and no two identical questions', () => {
    const phrases = items.map((item) => `${item.source.seed}|${normalize(item.source.heading)}`);
    expect(new Set(phrases).size).toBe(items.length);
    expect(new Set(items.map((item) => normalize(item.text.nl))).size).toBe(items.length);
  });

  it('has every question that names an application type reviewed against its inventory item', () => {
    for (const item of items.filter((candidate) => candidate.scale !== 'usage')) {
      const text = normalize(item.text.nl);
      for (const type of applicationTypeIds) {
        if (typeWords[type].some((word) => text.includes(word))) {
          expect(reviewed(item.id, `uses-${type}`), `${item.id} / uses-${type} not reviewed`).toBe(
            true,
          );
        }
      }
    }
  });

  it('keeps none of the pairs 1.0.0 counted twice, except those reviewed as distinct', () => {
    // The pairs of the issue, by their 2.0.0 ids where the item was carried.
    const countedTwice: ReadonlyArray<readonly [string, string]> = [
      ['password-management', 'uses-password-vault'],
      ['information-security-nen7510', 'uses-nen7510-compliance'],
      ['self-monitoring', 'uses-telemonitoring'],
      ['decide-together', 'uses-decision-aids'],
      ['routine-requests-online', 'uses-patient-portal'],
      ['chain-data-exchange', 'uses-provider-communication'],
      ['team-knowledge-skills', 'basic-digital-skills'],
      ['patient-support', 'patient-digital-skills'],
    ];
    for (const [a, b] of countedTwice) {
      if (byId.has(a) && byId.has(b)) expect(reviewed(a, b), `${a} / ${b}`).toBe(true);
    }
  });
});

describe('docs/domain.md', () => {
  it('lists every 2.0.0 item with its section, scale, theme, INK phase and weights', () => {
    const docs = readFileSync(docsFile, 'utf8');
    const start = docs.indexOf('### All items of version 2.0.0');
    expect(start, 'docs/domain.md has no table of 2.0.0').toBeGreaterThan(-1);
    const end = docs.indexOf('\n### ', start + 1);
    const rows = new Map(
      docs
        .slice(start, end === -1 ? undefined : end)
        .split('\n')
        .filter((line) => line.startsWith('| `'))
        .map((line) =>
          line
            .split('|')
            .slice(1, -1)
            .map((cell) => cell.trim()),
        )
        .filter((cells) => cells.length === 5 + qualityAspectIds.length)
        .map((cells) => [cells[0] ?? '', cells] as const),
    );
    for (const item of items) {
      expect(rows.get(`\`${item.id}\``), item.id).toEqual([
        `\`${item.id}\``,
        item.section,
        item.scale,
        item.theme,
        String(item.inkPhase ?? '–'),
        ...qualityAspectIds.map((aspect) => String(item.weights[aspect])),
      ]);
    }
    expect(rows.size).toBe(items.length);
  });
});
