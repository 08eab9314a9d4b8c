import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatDateTime } from '@socrehab/domain';
import {
  addTeamMemberSchema, createGroupSchema, createMentorSchema, createReferralSchema, decideReferralSchema, endFamilyCaseSchema, endMatchSchema, enrolSchema, fsReportQuery, groupSessionSchema,
  holdConferenceSchema, leaderTrainingSchema, matchMentorSchema, mentorMeetingSchema, mentorSupervisionSchema, recordSessionSchema, recordSpendingSchema, reviewConferenceSchema,
  setCrisisSchema, setProjectSchema, startConferenceSchema, updateMentorSchema,
} from '@socrehab/domain/programmes/family-support/index';
import type { Deps } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import { getOrganisation, getUser } from '../../modules/cases/cases.repository';
import { addTeamMember, createReferral, decideReferral, endFamilyCase, findCentresWithStaff, findFamilies, findReferrals, getFamilyCase, recordSession, setCrisis } from './cases.usecases';
import { findLeaderTrainings, holdConference, recordLeaderTraining, reviewConference, startConference } from './conferences.usecases';
import { createGroup, enrol, findGroups, getGroup, recordGroupSession } from './groups.usecases';
import { createMentor, endMatch, findMentors, matchMentor, recordMeeting, recordSupervision, updateMentor } from './mentors.usecases';
import { renderReportPdf, renderReportXlsx } from './report.documents';
import { getFinance, getReport, recordSpending, setProject } from './report.usecases';

const idParams = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
const asOfQuery = z.object({ asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.date' }).optional() });
const tags = ['family support'];
const BASE = '/api/family-support';

/** Family support's endpoints (FS-1 – FS-6); evaluations are recorded through the core's. */
export function familySupportRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: Parameters<typeof requireCtx>[0]) => requireCtx(request, deps);

  r.get(`${BASE}/centres`, { schema: { tags, summary: 'The family support centres and their staff by profession (FS-1)' } }, async (request) => findCentresWithStaff(ctxOf(request)));
  r.post(`${BASE}/referrals`, { schema: { tags, summary: 'The county social service refers a family it assessed (FS-5)', body: createReferralSchema } }, async (request, reply) =>
    reply.status(201).send(await createReferral(request.body, ctxOf(request))));
  r.get(`${BASE}/referrals`, { schema: { tags, summary: 'Referrals: the centre’s to decide, or those the social service made (FS-5)' } }, async (request) => findReferrals(ctxOf(request)));
  r.post(`${BASE}/referrals/:id/decision`, { schema: { tags, summary: 'The centre accepts (opening the family’s case) or declines a referral (FS-5, FS-1)', params: idParams, body: decideReferralSchema } }, async (request) =>
    decideReferral(request.params.id, request.body, ctxOf(request)));

  r.get(`${BASE}/cases`, { schema: { tags, summary: 'The families’ cases the caller may see (FS-1)' } }, async (request) => findFamilies(ctxOf(request)));
  r.get(`${BASE}/cases/:id`, { schema: { tags, summary: 'A family’s case: members and roles, team, sessions, groups, mentor, conferences (children only to the team and the referring service)', params: idParams } }, async (request) =>
    getFamilyCase(request.params.id, ctxOf(request)));
  r.post(`${BASE}/cases/:id/team`, { schema: { tags, summary: 'A centre’s specialist joins the family’s team (FS-1)', params: idParams, body: addTeamMemberSchema } }, async (request, reply) =>
    reply.status(201).send(await addTeamMember(request.params.id, request.body, ctxOf(request))));
  r.put(`${BASE}/cases/:id/crisis`, { schema: { tags, summary: 'Mark the family in crisis, or no longer (FS-2)', params: idParams, body: setCrisisSchema } }, async (request) =>
    setCrisis(request.params.id, request.body, ctxOf(request)));
  r.post(`${BASE}/cases/:id/sessions`, { schema: { tags, summary: 'Individual work, work with the family or crisis support (FS-2)', params: idParams, body: recordSessionSchema } }, async (request, reply) =>
    reply.status(201).send(await recordSession(request.params.id, request.body, ctxOf(request))));
  r.post(`${BASE}/cases/:id/ending`, { schema: { tags, summary: 'The family’s support ends', params: idParams, body: endFamilyCaseSchema } }, async (request) =>
    endFamilyCase(request.params.id, request.body, ctxOf(request)));
  r.post(`${BASE}/cases/:id/conferences`, { schema: { tags, summary: 'A trained coordinator starts preparing a family group conference, with the invitations (FS-4)', params: idParams, body: startConferenceSchema } }, async (request, reply) =>
    reply.status(201).send(await startConference(request.params.id, request.body, ctxOf(request))));
  r.put(`${BASE}/conferences/:id/held`, { schema: { tags, summary: 'The conference was held: who came, the family’s plan, the review day (FS-4)', params: idParams, body: holdConferenceSchema } }, async (request) =>
    holdConference(request.params.id, request.body, ctxOf(request)));
  r.put(`${BASE}/conferences/:id/review`, { schema: { tags, summary: 'The family’s plan reviewed (FS-4)', params: idParams, body: reviewConferenceSchema } }, async (request) =>
    reviewConference(request.params.id, request.body, ctxOf(request)));
  r.get(`${BASE}/leader-trainings`, { schema: { tags, summary: 'Conference leaders’ training and supervision (FS-4)' } }, async (request) => findLeaderTrainings(ctxOf(request)));
  r.post(`${BASE}/leader-trainings`, { schema: { tags, summary: 'Record a conference leader’s training or supervision (FS-4)', body: leaderTrainingSchema } }, async (request, reply) =>
    reply.status(201).send(await recordLeaderTraining(request.body, ctxOf(request))));

  r.get(`${BASE}/groups`, { schema: { tags, summary: 'Support groups and camps with places taken (FS-2)' } }, async (request) => findGroups(ctxOf(request)));
  r.post(`${BASE}/groups`, { schema: { tags, summary: 'Open a support group or camp (FS-2)', body: createGroupSchema } }, async (request, reply) => reply.status(201).send(await createGroup(request.body, ctxOf(request))));
  r.get(`${BASE}/groups/:id`, { schema: { tags, summary: 'A group with its participants, sessions and attendance (FS-2)', params: idParams } }, async (request) => getGroup(request.params.id, ctxOf(request)));
  r.post(`${BASE}/groups/:id/participants`, { schema: { tags, summary: 'A family’s member takes a place (FS-2); the last place goes to one', params: idParams, body: enrolSchema } }, async (request, reply) =>
    reply.status(201).send(await enrol(request.params.id, request.body, ctxOf(request))));
  r.post(`${BASE}/groups/:id/sessions`, { schema: { tags, summary: 'A group’s session with its attendance (FS-2)', params: idParams, body: groupSessionSchema } }, async (request, reply) =>
    reply.status(201).send(await recordGroupSession(request.params.id, request.body, ctxOf(request))));

  r.get(`${BASE}/mentors`, { schema: { tags, summary: 'The volunteer mentors’ register (FS-3)' } }, async (request) => findMentors(ctxOf(request)));
  r.post(`${BASE}/mentors`, { schema: { tags, summary: 'A volunteer joins the register (FS-3)', body: createMentorSchema } }, async (request, reply) => reply.status(201).send(await createMentor(request.body, ctxOf(request))));
  r.put(`${BASE}/mentors/:id`, { schema: { tags, summary: 'A mentor’s check, training or leaving (FS-3)', params: idParams, body: updateMentorSchema } }, async (request) => updateMentor(request.params.id, request.body, ctxOf(request)));
  r.post(`${BASE}/mentors/:id/matches`, { schema: { tags, summary: 'Match a mentor to a family — only with a valid check and training (FS-3)', params: idParams, body: matchMentorSchema } }, async (request, reply) =>
    reply.status(201).send(await matchMentor(request.params.id, request.body, ctxOf(request))));
  r.post(`${BASE}/mentors/:id/supervisions`, { schema: { tags, summary: 'A mentor’s supervision (FS-3)', params: idParams, body: mentorSupervisionSchema } }, async (request, reply) =>
    reply.status(201).send(await recordSupervision(request.params.id, request.body, ctxOf(request))));
  r.post(`${BASE}/matches/:id/meetings`, { schema: { tags, summary: 'A mentor’s meeting with the family (FS-3)', params: idParams, body: mentorMeetingSchema } }, async (request, reply) =>
    reply.status(201).send(await recordMeeting(request.params.id, request.body, ctxOf(request))));
  r.post(`${BASE}/matches/:id/ending`, { schema: { tags, summary: 'The matching ends (FS-3)', params: idParams, body: endMatchSchema } }, async (request) => endMatch(request.params.id, request.body, ctxOf(request)));

  r.get(`${BASE}/finance`, { schema: { tags, summary: 'The project’s finance against the grant (FS-6)', querystring: asOfQuery } }, async (request) => getFinance(ctxOf(request), request.query.asOf));
  r.put(`${BASE}/finance/project`, { schema: { tags, summary: 'The project’s costs, grant and period (FS-6)', body: setProjectSchema } }, async (request) => setProject(request.body, ctxOf(request)));
  r.post(`${BASE}/finance/spending`, { schema: { tags, summary: 'Money spent: against the grant in the project, the provider’s after it (FS-6)', body: recordSpendingSchema } }, async (request, reply) =>
    reply.status(201).send(await recordSpending(request.body, ctxOf(request))));

  r.get(`${BASE}/report`, { schema: { tags, summary: 'Families, children, sessions and attendance, conferences, mentors, finance against the grant', querystring: fsReportQuery } }, async (request) =>
    getReport(request.query, ctxOf(request)));
  r.get(`${BASE}/report.pdf`, { schema: { tags, summary: 'The report as PDF (Latvian; ?lang=en)', querystring: fsReportQuery } }, async (request, reply) => {
    const ctx = ctxOf(request);
    const language = request.query.lang ?? 'lv';
    const report = await getReport(request.query, ctx);
    const letterhead = { organisationName: (await getOrganisation(ctx.db, ctx.actor.organisationId)).name, printedOn: formatDateTime(ctx.now()), printedBy: (await getUser(ctx.db, ctx.actor.userId))?.displayName ?? '' };
    return reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="gimenes-atbalsts-${report.asOf}.pdf"`).send(await renderReportPdf(report, letterhead, language));
  });
  r.get(`${BASE}/report.xlsx`, { schema: { tags, summary: 'The report as an Excel workbook (Latvian; ?lang=en)', querystring: fsReportQuery } }, async (request, reply) => {
    const language = request.query.lang ?? 'lv';
    const report = await getReport(request.query, ctxOf(request));
    return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="gimenes-atbalsts-${report.asOf}.xlsx"`).send(await renderReportXlsx(report, language));
  });
}
