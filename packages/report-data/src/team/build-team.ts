import {
  type Answer,
  answerScales,
  type Locale,
  type Questionnaire,
  type QuestionnaireItem,
  qualityAspects,
  type RespondentRole,
  roles,
} from '@praktijkscan/model';
import type { TeamCombination, TeamScores } from '@praktijkscan/scoring';
import type { ReportTeam } from './schema';
import { en } from './texts-en';
import { nl } from './texts-nl';

/** The team part of `buildReportData`'s input: `combineResponses` and `scoreTeam` of the same team. */
export interface ReportTeamInput {
  readonly combination: TeamCombination;
  readonly scores: TeamScores;
}

const textsByLocale = { en, nl } as const;

/** A member's label: the role, with the number where the team has more than one of it. */
export function respondentLabel(
  role: RespondentRole,
  number: number | null,
  locale: Locale,
): string {
  const base =
    role === 'other'
      ? textsByLocale[locale].otherRole
      : (roles.find((entry) => entry.id === role)?.label[locale] ?? role);
  return number === null ? base : `${base} ${number}`;
}

function answerLabel(item: QuestionnaireItem, answer: Answer | null, locale: Locale): string {
  const texts = textsByLocale[locale];
  if (answer === null) return texts.notAnswered;
  if (answer === 'na') return texts.notApplicable;
  const scale = answerScales.find((entry) => entry.id === item.scale);
  const label = scale?.values.find((entry) => entry.value === answer)?.label[locale];
  return label === undefined ? String(answer) : `${answer} ${label}`;
}

/** Builds the team part of a report from a combination and its scores. */
export function buildTeamPart(
  team: ReportTeamInput,
  questionnaire: Questionnaire,
  locale: Locale,
): ReportTeam {
  const { combination, scores } = team;
  const texts = textsByLocale[locale];
  const labels = new Map(
    combination.respondents.map((respondent) => [
      respondent.key,
      respondentLabel(respondent.role, respondent.number, locale),
    ]),
  );
  const items = new Map(questionnaire.items.map((item, index) => [item.id, { item, index }]));
  const weightOf = (item: QuestionnaireItem) =>
    qualityAspects.reduce((sum, aspect) => sum + item.weights[aspect.id], 0);

  const agenda = combination.agreement
    .filter((entry) => entry.toDiscuss && entry.scored && entry.spread !== null)
    .map((entry) => {
      const found = items.get(entry.item);
      if (!found) throw new Error(`item ${entry.item} is not in the questionnaire`);
      return { entry, ...found };
    })
    .sort(
      (a, b) =>
        (b.entry.spread as number) - (a.entry.spread as number) ||
        weightOf(b.item) - weightOf(a.item) ||
        a.index - b.index,
    )
    .map(({ entry, item }) => ({
      item: item.id,
      text: item.text[locale],
      spread: entry.spread as number,
      weight: weightOf(item),
      combined: entry.combined,
      combinedLabel: answerLabel(item, entry.combined, locale),
      answers: entry.answers.map((answer) => ({
        respondent: answer.respondent,
        label: labels.get(answer.respondent) ?? answer.respondent,
        role: answer.role,
        answer: answer.answer,
        answerLabel: answerLabel(item, answer.answer, locale),
      })),
      aspects: qualityAspects
        .filter((aspect) => item.weights[aspect.id] > 0)
        .map((aspect) => ({
          id: aspect.id,
          label: aspect.label[locale],
          weight: item.weights[aspect.id],
        }))
        .sort((a, b) => b.weight - a.weight),
    }));

  return {
    thresholds: { ...combination.thresholds },
    respondents: scores.respondents.map((entry, index) => ({
      key: entry.key,
      role: entry.role,
      label: labels.get(entry.key) ?? entry.key,
      completedOn: combination.respondents[index]?.response.completedOn ?? entry.result.completedOn,
      overall: entry.result.overall,
      judgement: entry.judgement,
      judgementGap: entry.judgementGap,
    })),
    radar: {
      axes: qualityAspects.map((aspect) => ({ id: aspect.id, label: aspect.label[locale] })),
      scale: { min: 0, max: 100 },
      series: [
        ...scores.respondents.map((entry) => ({
          id: entry.key,
          label: labels.get(entry.key) ?? entry.key,
          values: qualityAspects.map((aspect) => entry.result.aspects[aspect.id].score),
        })),
        {
          id: 'team',
          label: texts.team,
          values: qualityAspects.map((aspect) => scores.team.aspects[aspect.id].score),
        },
      ],
    },
    agenda,
  };
}
