import type { ReportTexts } from './types';

/** Nederlandse rapportteksten. */
export const nl: ReportTexts = {
  series: {
    practice: 'Deze praktijk',
    previous: 'Vorige meting',
    benchmarkMedian: 'Regionale mediaan',
  },
  trend: {
    sameVersion: (version) =>
      `Beide metingen gebruikten versie ${version} van de vragenlijst: de scores zijn vergelijkbaar.`,
    acrossVersions: (from, to, shared, total) =>
      `De vorige meting gebruikte versie ${from}, deze meting versie ${to}. Van de ${total} meetellende vragen van ${to} nemen er maar ${shared} een antwoord uit ${from} over; elke score is berekend op de eigen versie, dus lees de verandering als een indicatie.`,
  },
  adoption: {
    nivelTypes: 'De zeven soorten e-healthtoepassingen van Nivel',
    notApplicable: 'Past niet bij de praktijk',
    missing: 'Niet ingevuld',
  },
};
