import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../../server/modules/oversight/calendar.js';
import { shanghaiDateOf } from '../../../server/common/clock.js';
import {
  demoOrgId,
  globalId,
  officer,
  orgAccount,
  pudongOfficer,
  server,
  useOversightServer,
} from '../../fixtures/oversight.js';
import { expectUserErrors, USER_ERRORS } from '../../helpers/user-errors.js';

useOversightServer();

const today = () => shanghaiDateOf(new Date());
type Errors = { userErrors: { code: string; field: string[] | null; message: string }[] };

const OPEN = `mutation($input: OpenAuditCaseInput!) { openAuditCase(input: $input) { auditCase { id version kind closedOn } ${USER_ERRORS} } }`;
const FINDING = `mutation($input: RecordAuditFindingInput!) { recordAuditFinding(input: $input) {
  finding { id amount } rectification { id status deadline workingDays version } ${USER_ERRORS} } }`;
const RESOLVE = `mutation($input: ResolveRectificationInput!) { resolveRectification(input: $input) { rectification { id status version } ${USER_ERRORS} } }`;
const VERIFY = `mutation($input: VerifyRectificationInput!) { verifyRectification(input: $input) { rectification { id status deadline version verificationComment } ${USER_ERRORS} } }`;
const PENALTY = `mutation($input: ImposePenaltyInput!) { imposePenalty(input: $input) { penalty { id kind amount decidedOn } ${USER_ERRORS} } }`;

const caseInput = (overrides: Record<string, unknown> = {}) => ({
  organizationId: demoOrgId,
  kind: 'SPECIAL_AUDIT',
  title: '2025 年度专项审计',
  scope: '财务收支、公益支出比例',
  periodFrom: '2023-01-01',
  periodTo: '2025-12-31',
  auditor: '上海某某会计师事务所',
  workingNotes: '底稿：抽查凭证 120 张',
  ...overrides,
});

async function activeOrganization(offset: number): Promise<{ id: string; key: number }> {
  const row = await server.orm.em
    .getKnex()('organization')
    .where({ status: 'ACTIVE', registration_level: 'MUNICIPAL' })
    .whereNotExists((q) => q.select(1).from('penalty').whereRaw('penalty.organization_id = organization.id'))
    .orderBy('id')
    .offset(offset)
    .first();
  return { id: globalId('Organization', row.id), key: row.id };
}

describe('audit cases, findings and rectification', () => {
  it('opens a case, records a finding with a rectification in working days, and follows it to verification', async () => {
    const absurd = await server.gql<{ openAuditCase: Errors }>(
      OPEN,
      { input: caseInput({ periodFrom: '1800-01-01' }) },
      { token: officer },
    );
    expectUserErrors(absurd.data!.openAuditCase, ['INVALID']);
    const opened = await server.gql<{ openAuditCase: { auditCase: { id: string; version: number } } }>(
      OPEN,
      { input: caseInput() },
      { token: officer },
    );
    const auditCase = opened.data!.openAuditCase.auditCase;
    expect(auditCase).toBeTruthy();

    const badAmount = await server.gql<{ recordAuditFinding: Errors }>(
      FINDING,
      {
        input: {
          auditCaseId: auditCase.id,
          category: 'FINANCIAL_MANAGEMENT',
          severity: 'MODERATE',
          description: 'x',
          amount: '-3.00',
        },
      },
      { token: officer },
    );
    expectUserErrors(badAmount.data!.recordAuditFinding, ['INVALID']);
    const found = await server.gql<{
      recordAuditFinding: {
        finding: { amount: string };
        rectification: { id: string; status: string; deadline: string; workingDays: number; version: number };
      };
    }>(
      FINDING,
      {
        input: {
          auditCaseId: auditCase.id,
          category: 'CHARITABLE_SPENDING',
          severity: 'SERIOUS',
          description: '公益支出低于规定比例',
          amount: '123456.7',
          rectification: { requirement: '补足公益支出并说明原因', workingDays: 10 },
        },
      },
      { token: officer },
    );
    const { finding, rectification } = found.data!.recordAuditFinding;
    expect(finding.amount).toBe('123456.70');
    expect(rectification).toMatchObject({
      status: 'OPEN',
      workingDays: 10,
      deadline: addWorkingDays(today(), 10),
    });

    // The organization sees its rectification, but not the working notes.
    const mine = await server.gql<{ rectifications: { nodes: { id: string }[] } }>(
      `{ rectifications(first: 10, filter: { statuses: [OPEN] }) { nodes { id } } }`,
      {},
      { token: orgAccount },
    );
    expect(mine.data!.rectifications.nodes.map((n) => n.id)).toContain(rectification.id);
    const notes = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on AuditCase { title workingNotes } } }`,
      { id: auditCase.id },
      { token: orgAccount },
    );
    expect(notes.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const officerNotes = await server.gql<{ node: { workingNotes: string } }>(
      `query($id: ID!) { node(id: $id) { ... on AuditCase { workingNotes findings { rectification { status } } } } }`,
      { id: auditCase.id },
      { token: officer },
    );
    expect(officerNotes.data!.node.workingNotes).toBe('底稿：抽查凭证 120 张');

    const answered = await server.gql<{
      resolveRectification: { rectification: { status: string; version: number } };
    }>(
      RESOLVE,
      { input: { rectificationId: rectification.id, response: '已补足', evidence: '银行流水' } },
      { token: orgAccount },
    );
    const r1 = answered.data!.resolveRectification.rectification;
    expect(r1.status).toBe('RESPONDED');
    const noReason = await server.gql<{ verifyRectification: Errors }>(
      VERIFY,
      { input: { rectificationId: rectification.id, accepted: false, version: r1.version } },
      { token: officer },
    );
    expectUserErrors(noReason.data!.verifyRectification, ['REQUIRED']);
    const sentBack = await server.gql<{
      verifyRectification: { rectification: { status: string; deadline: string; version: number } };
    }>(
      VERIFY,
      {
        input: {
          rectificationId: rectification.id,
          accepted: false,
          comment: '证明材料不全',
          workingDays: 5,
          version: r1.version,
        },
      },
      { token: officer },
    );
    const r2 = sentBack.data!.verifyRectification.rectification;
    expect(r2).toMatchObject({ status: 'OPEN', deadline: addWorkingDays(today(), 5) });
    const again = await server.gql<{ resolveRectification: { rectification: { version: number } } }>(
      RESOLVE,
      { input: { rectificationId: rectification.id, response: '补充提交审计报告', version: r2.version } },
      { token: orgAccount },
    );
    const verified = await server.gql<{ verifyRectification: { rectification: { status: string } } }>(
      VERIFY,
      {
        input: {
          rectificationId: rectification.id,
          accepted: true,
          version: again.data!.resolveRectification.rectification.version,
        },
      },
      { token: officer },
    );
    expect(verified.data!.verifyRectification.rectification.status).toBe('VERIFIED');

    const close = await server.gql<{ closeAuditCase: { auditCase: { closedOn: string } } }>(
      `mutation($input: CloseAuditCaseInput!) { closeAuditCase(input: $input) { auditCase { closedOn } ${USER_ERRORS} } }`,
      { input: { auditCaseId: auditCase.id, conclusion: '问题已整改', version: auditCase.version } },
      { token: officer },
    );
    expect(close.data!.closeAuditCase.auditCase.closedOn).toBe(today());
    const afterClose = await server.gql<{ recordAuditFinding: Errors }>(
      FINDING,
      {
        input: { auditCaseId: auditCase.id, category: 'OTHER', severity: 'MINOR', description: '迟到的发现' },
      },
      { token: officer },
    );
    expectUserErrors(afterClose.data!.recordAuditFinding, ['INVALID_TRANSITION']);

    const events = await server.gql<{ auditTrail: { nodes: { action: string }[] } }>(
      `query($id: ID!) { auditTrail(first: 20, filter: { subjectId: $id }) { nodes { action } } }`,
      { id: rectification.id },
      { token: officer },
    );
    expect(events.data!.auditTrail.nodes.map((n) => n.action).sort()).toEqual([
      'RECORD_AUDIT_FINDING',
      'RESOLVE_RECTIFICATION',
      'RESOLVE_RECTIFICATION',
      'VERIFY_RECTIFICATION',
      'VERIFY_RECTIFICATION',
    ]);
  });

  it("keeps a district officer out of a municipal organization's cases", async () => {
    const res = await server.gql(OPEN, { input: caseInput() }, { token: pudongOfficer });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('penalties', () => {
  it('records a fine (public), refusing bad amounts', async () => {
    const org = await activeOrganization(0);
    const bad = await server.gql<{ imposePenalty: Errors }>(
      PENALTY,
      {
        input: {
          organizationId: org.id,
          kind: 'FINE',
          amount: '1.234',
          legalBasis: '《社会团体登记管理条例》第三十条',
        },
      },
      { token: officer, locale: 'en' },
    );
    expectUserErrors(bad.data!.imposePenalty, ['INVALID']);
    const fine = await server.gql<{ imposePenalty: { penalty: { id: string; amount: string } } }>(
      PENALTY,
      {
        input: {
          organizationId: org.id,
          kind: 'FINE',
          amount: '20000',
          legalBasis: '《社会团体登记管理条例》第三十条',
          decisionNumber: '沪民罚〔2026〕1号',
        },
      },
      { token: officer },
    );
    expect(fine.data!.imposePenalty.penalty.amount).toBe('20000.00');
    const open = await server.gql<{
      organization: { penalties: { kind: string; amount: string; legalBasis: string }[] };
    }>(`query($id: ID!) { organization(id: $id) { penalties { kind amount legalBasis } } }`, { id: org.id });
    expect(open.data!.organization.penalties).toEqual([
      { kind: 'FINE', amount: '20000.00', legalBasis: '《社会团体登记管理条例》第三十条' },
    ]);
  });

  it('suspends and revokes through the registry’s status rules', async () => {
    const [a, b] = [await activeOrganization(1), await activeOrganization(2)];
    const suspension = await server.gql<{ imposePenalty: { penalty: { kind: string } } }>(
      PENALTY,
      {
        input: {
          organizationId: a.id,
          kind: 'SUSPENSION',
          suspendedFrom: today(),
          suspendedUntil: '2099-01-01',
          legalBasis: '第三十条',
        },
      },
      { token: officer },
    );
    expectUserErrors(suspension.data!.imposePenalty as unknown as Errors, ['INVALID']);
    const ok = await server.gql<{ imposePenalty: { penalty: { kind: string } } }>(
      PENALTY,
      {
        input: {
          organizationId: a.id,
          kind: 'SUSPENSION',
          suspendedFrom: today(),
          suspendedUntil: addWorkingDays(today(), 20),
          legalBasis: '第三十条',
        },
      },
      { token: officer },
    );
    expect(ok.data!.imposePenalty.penalty.kind).toBe('SUSPENSION');
    const revoke = await server.gql<{ imposePenalty: { penalty: { kind: string } } }>(
      PENALTY,
      { input: { organizationId: b.id, kind: 'REVOCATION', legalBasis: '第三十条第（三）项' } },
      { token: officer },
    );
    expect(revoke.data!.imposePenalty.penalty.kind).toBe('REVOCATION');
    const statuses = await server.gql<{ nodes: { status: string }[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Organization { status } } }`,
      { ids: [a.id, b.id] },
    );
    expect(statuses.data!.nodes).toEqual([{ status: 'SUSPENDED' }, { status: 'REVOKED' }]);
    const again = await server.gql<{ imposePenalty: Errors }>(
      PENALTY,
      { input: { organizationId: b.id, kind: 'REVOCATION', legalBasis: '第三十条' } },
      { token: officer },
    );
    expectUserErrors(again.data!.imposePenalty, ['INVALID_TRANSITION']);
    const trail = await server.gql<{ auditTrail: { nodes: { action: string }[] } }>(
      `query($id: ID!) { auditTrail(first: 20, filter: { subjectId: $id }) { nodes { action } } }`,
      { id: b.id },
      { token: officer },
    );
    expect(trail.data!.auditTrail.nodes.map((n) => n.action)).toContain('CHANGE_ORGANIZATION_STATUS');
  });
});
