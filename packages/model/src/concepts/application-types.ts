import * as en from '../locales/en';
import * as nl from '../locales/nl';
import { deepFreeze } from '../shared/freeze';
import { conceptTexts } from './bilingual';
import { type ApplicationTypeId, applicationTypeIds } from './ids';
import type { ApplicationType } from './types';

const handreiking = '001_a329bfd150ee0d04.txt';
const vision = '002_f3ca0ba8266c7bed.txt';
const nivel = '003_f01a0fe878612b8e.txt';

type Details = Pick<ApplicationType, 'domain' | 'nivelType' | 'source'>;

/**
 * Domain, Nivel type and source of every application type. Nivel's seven types (seed 003) are
 * marked `nivelType`; video consultation belongs to Nivel's type "Communicatietoepassingen
 * patiënten" as well, but that type is represented by `e-consultation`, so that exactly seven are
 * marked.
 */
const details: Readonly<Record<ApplicationTypeId, Details>> = {
  'waiting-room-screen': {
    domain: 'patient-contact',
    nivelType: false,
    source: { seed: handreiking, heading: 'actuele praktijkinformatie en gezondheidsvoorlichting' },
  },
  'practice-website': {
    domain: 'patient-contact',
    nivelType: false,
    source: { seed: handreiking, heading: 'Praktijkwebsite' },
  },
  'patient-portal': {
    domain: 'patient-contact',
    nivelType: true,
    source: { seed: nivel, heading: 'Patiëntenportalen' },
  },
  'e-consultation': {
    domain: 'patient-contact',
    nivelType: true,
    source: { seed: nivel, heading: 'Communicatietoepassingen patiënten' },
  },
  'video-consultation': {
    domain: 'patient-contact',
    nivelType: false,
    source: { seed: nivel, heading: 'Beveiligde e-mail, e-consult en beeldbellen' },
  },
  'health-information': {
    domain: 'patient-contact',
    nivelType: true,
    source: { seed: nivel, heading: 'Informatieve gezondheidsapps patiënten' },
  },
  telemonitoring: {
    domain: 'patient-contact',
    nivelType: true,
    source: { seed: nivel, heading: 'Telemonitoring applicaties' },
  },
  'self-help-programmes': {
    domain: 'patient-contact',
    nivelType: true,
    source: { seed: nivel, heading: 'Digitale (GGZ) zelfhulp-/ behandelprogramma’s' },
  },
  'digital-self-triage': {
    domain: 'triage-preparation',
    nivelType: false,
    source: { seed: handreiking, heading: 'Digitale zelftriage' },
  },
  'consult-preparation': {
    domain: 'triage-preparation',
    nivelType: false,
    source: {
      seed: handreiking,
      heading: 'patiënten kunnen vooraf klachten, vragen en relevante informatie invullen',
    },
  },
  'decision-support': {
    domain: 'triage-preparation',
    nivelType: false,
    source: { seed: handreiking, heading: 'Beslissingsondersteunende instrumenten' },
  },
  'decision-aids': {
    domain: 'triage-preparation',
    nivelType: false,
    source: { seed: vision, heading: 'digitale keuzehulpen' },
  },
  'check-in-kiosk': {
    domain: 'practice-processes',
    nivelType: false,
    source: { seed: handreiking, heading: 'Aanmeldzuil' },
  },
  'speech-reporting': {
    domain: 'practice-processes',
    nivelType: false,
    source: {
      seed: handreiking,
      heading: 'Spraakgestuurd rapporteren of digitale gespreksondersteuning',
    },
  },
  'provider-communication': {
    domain: 'practice-processes',
    nivelType: true,
    source: { seed: nivel, heading: 'Communicatietoepassingen zorgverleners' },
  },
  'measuring-equipment': {
    domain: 'practice-processes',
    nivelType: true,
    source: { seed: nivel, heading: 'Digitale meetapparatuur voor in de huisartsenvoorziening' },
  },
  'ai-support': {
    domain: 'practice-processes',
    nivelType: false,
    source: { seed: vision, heading: 'artificiële intelligentie (AI)' },
  },
  'nen7510-compliance': {
    domain: 'security-privacy',
    nivelType: false,
    source: { seed: handreiking, heading: 'compliance tool NEN7510' },
  },
  'password-vault': {
    domain: 'security-privacy',
    nivelType: false,
    source: { seed: handreiking, heading: 'Wachtwoordenkluis' },
  },
};

/**
 * The kinds of digital application a practice may use, each in one digitisation domain: every tool
 * kind seed 001 names, Nivel's seven types of e-health application (seed 003, `nivelType`), and the
 * decision aids and AI that seed 002 adds. The questionnaire asks for the usage level of each.
 *
 * @example
 * ```ts
 * import { applicationTypes } from '@praktijkscan/model';
 * applicationTypes.filter((type) => type.domain === 'security-privacy').map((type) => type.id);
 * // ['nen7510-compliance', 'password-vault']
 * applicationTypes.filter((type) => type.nivelType).length; // 7
 * ```
 */
export const applicationTypes: readonly ApplicationType[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ applicationTypeIds.map((id) => ({
    id,
    ...conceptTexts(nl.applicationTypes, en.applicationTypes, id),
    ...details[id],
  })),
);
