import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applicationTypeIds,
  igjThemeIds,
  inkPhaseIds,
  type QualityAspectId,
  qualityAspectIds,
} from '../src/concepts/ids';
import { questionnaireSchema } from '../src/questionnaire/schema';
import type { QuestionnaireItem } from '../src/questionnaire/types';
import { itemIds, questionnaireV1, sectionIds } from '../src/questionnaire/v1';
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

const { items, sections } = questionnaireV1;
const scored = items.filter((item) => item.scored);
const positiveAspects = (item: QuestionnaireItem): QualityAspectId[] =>
  qualityAspectIds.filter((aspect) => item.weights[aspect] > 0);

/**
 * Items citing `seed` whose source phrase lies within `passage` (a passage of that seed, quoted
 * in this test), so that a rule is met only by an item that comes from that very passage.
 */
function itemsFromPassage(seed: SeedFile, passage: string): QuestionnaireItem[] {
  const normalizedPassage = normalize(passage);
  return items.filter(
    (item) =>
      item.source.seed === seed && normalizedPassage.includes(normalize(item.source.heading)),
  );
}

/** Fails with `message` unless the passage is quoted correctly from the seed. */
function expectPassageInSeed(seed: SeedFile, passage: string): void {
  expect(
    seedText(seed).includes(normalize(passage)),
    `passage not found in ${seed}: '${passage}'`,
  ).toBe(true);
}

describe('questionnaire 1.0.0: shape', () => {
  it('passes the questionnaire schema', () => {
    const result = questionnaireSchema.safeParse(questionnaireV1);
    expect(result.success, JSON.stringify(result.error?.issues, null, 2)).toBe(true);
  });

  it('is praktijkscan 1.0.0', () => {
    expect(questionnaireV1.id).toBe('praktijkscan');
    expect(questionnaireV1.version).toBe('1.0.0');
  });

  it('has kebab-case, unique section and item ids, in the order of sectionIds and itemIds', () => {
    const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
    for (const id of [...sectionIds, ...itemIds]) {
      expect(kebab.test(id), `id "${id}" is not kebab-case`).toBe(true);
    }
    expect(new Set(sectionIds).size, 'duplicate section id').toBe(sectionIds.length);
    expect(new Set(itemIds).size, 'duplicate item id').toBe(itemIds.length);
    expect(sections.map((section) => section.id)).toEqual([...sectionIds]);
    expect(items.map((item) => item.id)).toEqual([...itemIds]);
  });

  it('has at least one item in every section, and items grouped by section in section order', () => {
    for (const section of sectionIds) {
      expect(
        items.some((item) => item.section === section),
        `section "${section}" has no items`,
      ).toBe(true);
    }
    const order = items.map((item) =>
      sectionIds.indexOf(item.section as (typeof sectionIds)[number]),
    );
    expect(order, 'items are not grouped by section in section order').toEqual(
      [...order].sort((a, b) => a - b),
    );
  });

  it('cites, for every item, a phrase that occurs in its seed', () => {
    for (const item of items) {
      expect(
        seedText(item.source.seed).includes(normalize(item.source.heading)),
        `item "${item.id}": phrase '${item.source.heading}' not found in ${item.source.seed}`,
      ).toBe(true);
    }
  });

  it('has Dutch and English texts that differ, for the questionnaire, every section and every item', () => {
    const differ = (text: { nl: string; en: string }, what: string) => {
      expect(text.nl.trim().length > 0 && text.en.trim().length > 0, `${what}: empty text`).toBe(
        true,
      );
      expect(text.nl, `${what}: nl and en text are the same`).not.toBe(text.en);
    };
    differ(questionnaireV1.title, 'questionnaire title');
    differ(questionnaireV1.description, 'questionnaire description');
    for (const section of sections) {
      differ(section.title, `section "${section.id}" title`);
      differ(section.description, `section "${section.id}" description`);
    }
    for (const item of items) {
      differ(item.text, `item "${item.id}" text`);
      if (item.help) differ(item.help, `item "${item.id}" help`);
    }
  });

  it('has no optional key set to undefined', () => {
    for (const item of items) {
      for (const key of ['help', 'inkPhase', 'applicationType'] as const) {
        expect(
          !(key in item) || item[key] !== undefined,
          `item "${item.id}" has "${key}" set to undefined`,
        ).toBe(true);
      }
    }
  });

  it('is deep-frozen', () => {
    const unfrozen: string[] = [];
    const visit = (value: unknown, path: string) => {
      if (value === null || typeof value !== 'object') return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
    };
    visit(questionnaireV1, 'questionnaireV1');
    expect(unfrozen, `not frozen: ${unfrozen.join(', ')}`).toEqual([]);
  });
});

describe('questionnaire 1.0.0: coverage of the seeds', () => {
  // The eleven questions of seed 000, "Aan de slag met deze vragen", as they stand in the seed.
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

  it('covers each of the eleven questions of seed 000 with exactly one item', () => {
    for (const question of seed000Questions) {
      expectPassageInSeed(seed000, question);
      const covering = itemsFromPassage(seed000, question);
      expect(covering.length, `no item covers seed 000 question: '${question}'`).toBeGreaterThan(0);
      expect(
        covering.length,
        `seed 000 question '${question}' is covered by more than one item: ${covering.map((item) => item.id).join(', ')}`,
      ).toBe(1);
    }
  });

  it("makes the eleventh question the practice's own, unscored overall judgement", () => {
    const [conclusion] = itemsFromPassage(seed000, seed000Questions[10] ?? '');
    expect(
      conclusion?.id,
      'the concluding question of seed 000 is not item "overall-integration"',
    ).toBe('overall-integration');
    expect(conclusion).toMatchObject({
      scored: false,
      scale: 'agreement',
      section: 'overall',
      theme: 'governance',
    });
    expect(
      Object.values(conclusion?.weights ?? {}),
      'the overall judgement carries weight',
    ).toEqual([0, 0, 0, 0, 0, 0]);
    expect(
      items.filter((item) => !item.scored).map((item) => item.id),
      'only the overall judgement is unscored',
    ).toEqual(['overall-integration']);
  });

  it('covers each PDCA activity of seed 001 with an item', () => {
    // activity → the passage of seed 001's step plan that describes it
    const activities: ReadonlyArray<readonly [string, string]> = [
      [
        'goal formulated (Plan 1)',
        "Formuleer een praktijkdoel, bijv.: 'We implementeren digitale tool X, zodat",
      ],
      [
        'inventory made: what, by whom, how often (Plan 2)',
        'Inventariseer en maak een overzicht van welke digitale oplossingen de praktijk al gebruik maakt. Noteer waarvoor, door wie, en de frequentie.',
      ],
      ['bottlenecks mapped (Do 1)', 'Breng huidige knelpunten in kaart.'],
      [
        'tool chosen against the three checks (Do 2)',
        'Kies samen welke oplossing bij het doel past.',
      ],
      [
        'team agreements on who uses a tool for what (Do 3)',
        'Richt de tool in en zorg ervoor dat het hele team op de hoogte is. Spreek met elkaar duidelijk af waarvoor de tool gebruikt wordt en wie de tool gebruikt.',
      ],
      [
        'patients informed actively (Do 4)',
        'Indien nodig, informeer dan patiënten actief via bijvoorbeeld de website, patiënten portaal, bandje telefonie, wachtkamerposter, tijdens consult etc.',
      ],
      [
        'evaluation after weeks or months (Check 1)',
        'Evalueer na een aantal weken/maanden het gebruik van de tool binnen het team.',
      ],
      [
        'adjustments laid down in protocols (Act 1)',
        'De aangepaste afspraken worden geborgd in protocollen en dagelijkse werkprocessen.',
      ],
    ];
    for (const [activity, passage] of activities) {
      expectPassageInSeed(seed001, passage);
      expect(
        itemsFromPassage(seed001, passage).length,
        `no item covers seed 001 PDCA activity: ${activity} ('${passage}')`,
      ).toBeGreaterThan(0);
    }
  });

  it('mentions the three tool-choice checks in the tool-choice item', () => {
    const [choice] = itemsFromPassage(seed001, 'Kies samen welke oplossing bij het doel past.');
    const text = normalize(`${choice?.text.en} ${choice?.help?.en}`);
    for (const check of ['work processes', 'workable', 'safe']) {
      expect(text.includes(check), `the tool-choice item does not name the check '${check}'`).toBe(
        true,
      );
    }
  });

  it('covers each condition of seed 002 with an item', () => {
    const skills =
      'Het vergroten van digitale vaardigheden bij zorgverleners en patiënten, zodat digitale zorg effectief kan zijn.';
    // condition → passage of seed 002, and the section the covering item must be in (if any)
    const conditions: ReadonlyArray<readonly [string, string, string | undefined]> = [
      [
        'added value shown',
        'Wij zetten digitale zorg in als die voldoet aan de kwaliteitseisen voor de huisartsenzorg en als de toegevoegde waarde (wetenschappelijk)',
        undefined,
      ],
      [
        'patient and GP decide together',
        'kunnen huisarts en patiënt samen bepalen wat digitaal kan en wat fysiek moet.',
        undefined,
      ],
      [
        "tailored to the patient's abilities",
        'Net als fysieke zorg is ook digitale zorg maatwerk: de huisarts sluit aan bij de mogelijkheden en vaardigheden van de patiënt.',
        undefined,
      ],
      ['own control (regie)', 'Wij houden zelf de regie over (digitale) zorg', undefined],
      ['digital skills of the team', skills, 'team-skills'],
      ['digital skills of patients', skills, 'patients'],
    ];
    for (const [condition, passage, section] of conditions) {
      expectPassageInSeed(seed002, passage);
      const covering = itemsFromPassage(seed002, passage).filter(
        (item) => section === undefined || item.section === section,
      );
      expect(
        covering.length,
        `no item${section ? ` in section "${section}"` : ''} covers seed 002 condition: ${condition} ('${passage}')`,
      ).toBeGreaterThan(0);
    }
  });

  it('carries every IGJ theme by at least two items', () => {
    for (const theme of igjThemeIds) {
      const count = scored.filter((item) => item.theme === theme).length;
      expect(
        count,
        `IGJ theme "${theme}" is carried by ${count} scored item(s), needs 2`,
      ).toBeGreaterThanOrEqual(2);
    }
  });

  it('has one inventory item per application type', () => {
    for (const type of applicationTypeIds) {
      const item = items.find((candidate) => candidate.applicationType === type);
      expect(item, `no inventory item for application type "${type}"`).toBeDefined();
      expect(item?.id, `inventory item for "${type}" has the wrong id`).toBe(`uses-${type}`);
      expect(
        item,
        `inventory item for "${type}" is not a usage item in "applications" allowing "na"`,
      ).toMatchObject({
        scale: 'usage',
        section: 'applications',
        allowsNotApplicable: true,
        scored: true,
      });
      expect(
        item && 'inkPhase' in item,
        `inventory item for "${type}" indicates an INK phase`,
      ).toBe(false);
    }
    const inventory = items.filter(
      (item) => item.scale === 'usage' || item.section === 'applications',
    );
    expect(
      inventory.length,
      'an item in "applications" or on scale usage is not an inventory item',
    ).toBe(applicationTypeIds.length);
  });

  it('covers the monitoring of seed 001 and the measuring of results of seed 004', () => {
    const monitoring: ReadonlyArray<readonly [string, SeedFile, string[]]> = [
      [
        'yearly broad questionnaire (seed 001)',
        seed001,
        [
          'Binnen PlusPraktijk 2.0 wordt jaarlijks een brede vragenlijst afgenomen die betrekking heeft op de praktijk als geheel.',
        ],
      ],
      [
        'practice visit at least once a year, with feedback (seed 001)',
        seed001,
        [
          'Praktijkbezoeken vinden **minimaal één keer per jaar** plaats. Na elk bezoek wordt een terugkoppeling gedeeld met de praktijk',
        ],
      ],
      [
        'measurable goals and indicators (seed 004)',
        seed004,
        [
          'Hoe meten we praktisch onze resultaten?',
          'Meten van resultaten',
          'Voorbeeld indicatoren...',
          'Bij het maken van de keuze voor e-health is het belangrijk de doelstellingen te kunnen meten.',
        ],
      ],
    ];
    for (const [what, seed, passages] of monitoring) {
      for (const passage of passages) expectPassageInSeed(seed, passage);
      const covering = passages.flatMap((passage) => itemsFromPassage(seed, passage));
      expect(covering.length, `no item covers ${what}`).toBeGreaterThan(0);
    }
  });

  it('has at least two INK phase indicators per phase, none of them allowing "na"', () => {
    const phasePassages: Record<number, string> = {
      1: 'Fase 1: nadruk op taakvervanging in inzet van e-health zoals beeldcontact',
      2: 'Fase 2: nadruk procesverbetering zoals medicatieveiligheid',
      3: 'Fase 3: ondersteuning cliëntnetwerk met onder andere mantelzorgers via portalen',
      4: 'Fase 4: coördinatie en gegevensuitwisseling met andere zorgpartners',
      5: 'Fase 5: populatiegegevens voor de gezamenlijke bedrijfsvoering in het zorgnetwerk',
    };
    for (const phase of inkPhaseIds) {
      expectPassageInSeed(seed004, phasePassages[phase] ?? '');
      const indicators = items.filter((item) => item.inkPhase === phase);
      expect(
        indicators.length,
        `INK phase ${phase} has ${indicators.length} indicator item(s), needs 2`,
      ).toBeGreaterThanOrEqual(2);
      for (const item of indicators) {
        expect(
          item.allowsNotApplicable,
          `INK phase ${phase} indicator "${item.id}" allows "na"`,
        ).toBe(false);
        expect(item.scored, `INK phase ${phase} indicator "${item.id}" is not scored`).toBe(true);
      }
    }
    expect(
      itemsFromPassage(seed004, phasePassages[1] ?? '').some((item) => item.inkPhase === 1),
      'no phase-1 indicator cites the INK phase model itself',
    ).toBe(true);
  });

  it('cites every seed', () => {
    for (const seed of [seed000, seed001, seed002, seed003, seed004]) {
      expect(
        items.some((item) => item.source.seed === seed),
        `no item cites ${seed}`,
      ).toBe(true);
    }
  });

  it('covers competences, security, AI, the learning environment and embedding', () => {
    const topics: ReadonlyArray<readonly [string, SeedFile, string]> = [
      [
        'about 100 hours of experience per care worker, 10-20-70 (seed 004)',
        seed004,
        'elke zorgmedewerker ca. 100 uur aan ervaring nodig heeft om basiskennis op te bouwen',
      ],
      [
        'ambassadors / aandachtsvelders (seed 004)',
        seed004,
        '2. Formele functie: aandachtsvelders/ambassadeurs',
      ],
      ['NEN 7510 (seed 001)', seed001, '*Wet- en regelgeving* (compliance tool NEN7510)'],
      ['password vault (seed 001)', seed001, '*Wachtwoordenkluis* (Keeper)'],
      [
        'information security and continuity (seed 004)',
        seed004,
        'Informatiebeveiliging en continuïteit.',
      ],
      [
        'AI held to the same quality and ethical norms (seed 002)',
        seed002,
        'pleiten voor toetsing aan dezelfde kwaliteits- en ethische normen als andere vormen van zorg.',
      ],
      [
        'trying out in a learning environment (seed 004, step 4)',
        seed004,
        'Uitproberen van toepassing in leeromgeving',
      ],
      [
        'embedding in the primary process (seed 004, step 5)',
        seed004,
        'Borgen van de toepassing in het primair proces',
      ],
    ];
    for (const [topic, seed, passage] of topics) {
      expectPassageInSeed(seed, passage);
      const covering = itemsFromPassage(seed, passage).filter((item) => item.scale !== 'usage');
      expect(
        covering.length,
        `no (non-inventory) item covers ${topic} ('${passage}')`,
      ).toBeGreaterThan(0);
    }
  });
});

describe('questionnaire 1.0.0: weights', () => {
  it('gives every scored item at least one positive weight, each an integer 0..3', () => {
    for (const item of items) {
      for (const aspect of qualityAspectIds) {
        const weight = item.weights[aspect];
        expect(
          Number.isInteger(weight) && weight >= 0 && weight <= 3,
          `item "${item.id}": weight for ${aspect} is ${weight}`,
        ).toBe(true);
      }
      if (item.scored) {
        expect(
          positiveAspects(item).length,
          `scored item "${item.id}" has no positive weight`,
        ).toBeGreaterThan(0);
      }
    }
  });

  it('carries every aspect by at least four items', () => {
    for (const aspect of qualityAspectIds) {
      const count = scored.filter((item) => item.weights[aspect] > 0).length;
      expect(
        count,
        `aspect "${aspect}" is carried by ${count} item(s), needs 4`,
      ).toBeGreaterThanOrEqual(4);
    }
  });

  it('keeps the aspects reasonably balanced: each carried by many items, none dominated by one', () => {
    const max = { agreement: 4, 'yes-no': 1, usage: 4 } as const;
    const counts = qualityAspectIds.map(
      (aspect) => scored.filter((item) => item.weights[aspect] > 0).length,
    );
    for (const [index, aspect] of qualityAspectIds.entries()) {
      expect(
        counts[index],
        `aspect "${aspect}" is carried by only ${counts[index]} items`,
      ).toBeGreaterThanOrEqual(12);
      const shares = scored.map((item) => item.weights[aspect] * max[item.scale]);
      const total = shares.reduce((sum, share) => sum + share, 0);
      const largest = Math.max(...shares);
      expect(
        largest / total,
        `one item carries more than 15% of aspect "${aspect}"`,
      ).toBeLessThanOrEqual(0.15);
    }
    expect(
      Math.max(...counts) / Math.min(...counts),
      `aspect item counts too unequal: ${counts.join(', ')}`,
    ).toBeLessThanOrEqual(2.5);
  });

  it('allows "na" only where an item may rightly not apply', () => {
    const allowed = items.filter((item) => item.allowsNotApplicable && item.scale !== 'usage');
    expect(allowed.map((item) => item.id)).toEqual([
      'ai-same-norms',
      'yearly-questionnaire',
      'practice-visit-feedback',
    ]);
    for (const item of allowed) {
      expect(item.help?.en ?? '', `item "${item.id}" allows "na" without saying when`).toMatch(
        /not applicable/,
      );
    }
  });
});

describe('docs/domain.md', () => {
  it('lists every item with its current section, scale, theme, INK phase and weights', () => {
    // Rows of the items table by their first cell; cells trimmed, so the table's column padding does not matter.
    // Only the table of 1.0.0: the page also lists later versions, with ids of their own.
    const docs = readFileSync(docsFile, 'utf8');
    const start = docs.indexOf('### All items of version 1.0.0');
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
      const expected = [
        `\`${item.id}\``,
        item.section,
        item.scale,
        item.theme,
        String(item.inkPhase ?? '–'),
        ...qualityAspectIds.map((aspect) => String(item.weights[aspect])),
      ];
      expect(
        rows.get(expected[0] ?? ''),
        `docs/domain.md: the row of item "${item.id}" is missing or out of date`,
      ).toEqual(expected);
    }
    expect(rows.size, 'docs/domain.md lists items that do not exist').toBe(items.length);
  });
});
