import { z } from 'zod';
import { freeText, isoDate, namePart, optionalText, uuid } from '../../shared/validation';
import { GROUP_KINDS, SESSION_KINDS } from './groups.rules';
import { MEMBER_ROLES, PROFESSIONS } from './members';
import { REFERRAL_REASONS } from './referral.rules';

/**
 * Family support's API (`/api/family-support/...`): request bodies shared by the server and the web
 * forms. Days as `yyyy-mm-dd`, money in euro cents; every message is an i18n key.
 */

const text = (min: number, max: number) => freeText(max).pipe(z.string().min(min, { error: min > 1 ? 'validation.tooShortText' : 'validation.required' }));
const minutes = z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).min(5, { error: 'validation.invalid' }).max(600, { error: 'validation.invalid' });
const cents = z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).min(1, { error: 'validation.invalid' }).max(100_000_000, { error: 'validation.invalid' });
const ids = z.array(uuid).max(60, { error: 'validation.invalid' });

/** FS-1, FS-5 a member of the referred family: a person already registered, or a new one registered with the referral. */
export const referredMemberSchema = z.union([
  z.object({ personId: uuid, role: z.enum(MEMBER_ROLES, { error: 'validation.invalidOption' }) }).strict(),
  z.object({
    givenNames: namePart, surnames: namePart, birthDate: isoDate, gender: z.enum(['female', 'male'], { error: 'validation.invalidOption' }),
    role: z.enum(MEMBER_ROLES, { error: 'validation.invalidOption' }),
  }).strict(),
], { error: 'validation.invalid' });

/** FS-5 the county social service refers a family it has assessed to a centre, with the premises and information it provides. */
export const createReferralSchema = z.object({
  centreId: uuid,
  /** Which of `members` is the family's contact (its index), an adult. */
  contactIndex: z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).min(0, { error: 'validation.invalid' }),
  members: z.array(referredMemberSchema).min(2, { error: 'validation.required' }).max(15, { error: 'validation.invalid' }),
  reason: z.enum(REFERRAL_REASONS, { error: 'validation.invalidOption' }),
  assessedOn: isoDate,
  referredOn: isoDate,
  /** The social service's assessment of the family's situation and needs. */
  assessment: text(10, 4000),
  crisis: z.boolean({ error: 'validation.invalidType' }),
  /** Premises the social service provides for the family's support (e.g. a room for groups), if any. */
  premises: optionalText(500),
  /** Information it gives the family or spreads about the centre's support. */
  informationProvided: optionalText(1000),
}).strict();
export type CreateReferralInput = z.infer<typeof createReferralSchema>;

/** FS-5 the centre decides: accepting opens the family's case with its social worker; declining gives a reason. */
export const decideReferralSchema = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('accept'), decidedOn: isoDate, socialWorkerUserId: uuid }).strict(),
  z.object({ decision: z.literal('decline'), decidedOn: isoDate, declineReason: text(5, 1000) }).strict(),
], { error: 'validation.invalidOption' });
export type DecideReferralInput = z.infer<typeof decideReferralSchema>;

/** FS-1 a member of the centre's staff joins the family's team in their profession. */
export const addTeamMemberSchema = z.object({ userId: uuid, profession: z.enum(PROFESSIONS, { error: 'validation.invalidOption' }), fromDate: isoDate }).strict();

/** FS-2 a family is marked in crisis (or no longer) on a day. */
export const setCrisisSchema = z.object({ inCrisis: z.boolean({ error: 'validation.invalidType' }), on: isoDate, note: optionalText(1000) }).strict();

/** FS-2 individual or family work, or crisis support: a session with the family's members present. */
export const recordSessionSchema = z.object({
  kind: z.enum(SESSION_KINDS, { error: 'validation.invalidOption' }), heldOn: isoDate, minutes,
  presentPersonIds: ids.min(1, { error: 'validation.required' }), note: optionalText(2000),
}).strict();

export const ENDING_REASONS = ['goals_reached', 'family_ended', 'moved_away', 'other_service', 'other'] as const;
/** The family's support ends (the case closes). */
export const endFamilyCaseSchema = z.object({ endedOn: isoDate, reason: z.enum(ENDING_REASONS, { error: 'validation.invalidOption' }), note: optionalText(2000) }).strict();

/** FS-2 a support group or a camp of a centre, with its places and facilitators. */
export const createGroupSchema = z.object({
  centreId: uuid, kind: z.enum(GROUP_KINDS, { error: 'validation.invalidOption' }), name: text(3, 200), startsOn: isoDate, endsOn: isoDate,
  places: z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).min(1, { error: 'validation.invalid' }).max(200, { error: 'validation.invalid' }),
  facilitatorUserIds: ids.min(1, { error: 'validation.required' }),
}).strict();

/** FS-2 a family's member takes a place in a group or camp. */
export const enrolSchema = z.object({ caseId: uuid, personId: uuid, enrolledOn: isoDate }).strict();

/** FS-2 a group's session with who attended. */
export const groupSessionSchema = z.object({ heldOn: isoDate, topic: text(2, 300), facilitatorUserIds: ids.min(1, { error: 'validation.required' }), presentPersonIds: ids }).strict();

/** FS-3 a volunteer mentor on the register, with the check and training. */
export const createMentorSchema = z.object({
  centreId: uuid, givenNames: namePart, surnames: namePart, phone: optionalText(40),
  checkDoneOn: isoDate.nullish().transform((v) => v ?? null), checkValidUntil: isoDate.nullish().transform((v) => v ?? null),
  trainingCompletedOn: isoDate.nullish().transform((v) => v ?? null),
}).strict();
export type CreateMentorInput = z.infer<typeof createMentorSchema>;

/** FS-3 a mentor's check, training or leaving the register, as newly known. */
export const updateMentorSchema = z.object({
  checkDoneOn: isoDate.nullish().transform((v) => v ?? null), checkValidUntil: isoDate.nullish().transform((v) => v ?? null),
  trainingCompletedOn: isoDate.nullish().transform((v) => v ?? null), endedOn: isoDate.nullish().transform((v) => v ?? null),
}).strict();

/** FS-3 matching a mentor to a family. */
export const matchMentorSchema = z.object({ caseId: uuid, matchedOn: isoDate }).strict();
/** FS-3 a mentor's meeting with the family. */
export const mentorMeetingSchema = z.object({ heldOn: isoDate, minutes, note: optionalText(2000) }).strict();
/** FS-3 a mentor's supervision. */
export const mentorSupervisionSchema = z.object({ heldOn: isoDate, supervisorUserId: uuid, note: optionalText(2000) }).strict();
export const MATCH_ENDING_REASONS = ['goals_reached', 'family_ended', 'mentor_ended', 'not_a_match', 'other'] as const;
/** FS-3 the matching ends. */
export const endMatchSchema = z.object({ endedOn: isoDate, reason: z.enum(MATCH_ENDING_REASONS, { error: 'validation.invalidOption' }) }).strict();

/** FS-4 a coordinator starts preparing a family group conference; the family and its network are invited. */
export const startConferenceSchema = z.object({
  coordinatorUserId: uuid, preparationStartedOn: isoDate,
  invitees: z.array(z.object({ name: text(2, 200), relation: text(2, 100), familyMember: z.boolean({ error: 'validation.invalidType' }) }).strict())
    .min(1, { error: 'validation.required' }).max(40, { error: 'validation.invalid' }),
}).strict();
/** FS-4 the conference was held: who came, the family's own plan and the review day. */
export const holdConferenceSchema = z.object({ heldOn: isoDate, attendedInviteeIds: ids, plan: text(10, 8000), reviewOn: isoDate }).strict();
/** FS-4 the plan's review. */
export const reviewConferenceSchema = z.object({ reviewedOn: isoDate, outcome: text(5, 4000) }).strict();

/** FS-4 a conference leader's training or supervision. */
export const leaderTrainingSchema = z.object({ userId: uuid, kind: z.enum(['training', 'supervision'], { error: 'validation.invalidOption' }), heldOn: isoDate, givenBy: text(2, 200), note: optionalText(1000) }).strict();

export const SPENDING_CATEGORIES = ['staff', 'groups_and_camps', 'mentors', 'conferences', 'premises', 'administration', 'other'] as const;
/** FS-6 the project's finance: its costs, grant and period. */
export const setProjectSchema = z.object({
  name: text(3, 300), code: text(2, 40), promoter: text(2, 200), grantSource: text(2, 200), startsOn: isoDate, endsOn: isoDate,
  initialCostCents: cents, finalCostCents: cents, grantCents: cents,
}).strict();
/** FS-6 money spent on a day. */
export const recordSpendingSchema = z.object({ spentOn: isoDate, category: z.enum(SPENDING_CATEGORIES, { error: 'validation.invalidOption' }), amountCents: cents, note: optionalText(500) }).strict();

/** The report's day and language. */
export const fsReportQuery = z.object({ asOf: isoDate.optional(), lang: z.enum(['lv', 'en'], { error: 'validation.invalidOption' }).optional() });
