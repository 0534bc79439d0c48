import gql from 'graphql-tag';
import { DEFAULT_AUDIT_RETENTION_DAYS } from '../policy/audit-retention';

/** The country's audit log of releases and of experts' own writes, and how long it is kept (§6.8). */
export const auditTypeDefs = gql`
  "How long the country keeps its audit log: entries older than days are deleted."
  type AuditRetention {
    country: CountryCode!
    days: Int!
    "True while the country has not set a period of its own (${DEFAULT_AUDIT_RETENTION_DAYS} days)."
    isDefault: Boolean!
    updatedAt: String
    updatedBy: String
  }

  "RELEASE: expert data released to a caller outside the country. WRITE: an expert changed their own record (docs/ARCHITECTURE.md §6.8)."
  enum AuditKind { RELEASE WRITE }

  "One release of expert data to a caller outside the country, or one change an expert made to their own record."
  type AuditEntry {
    kind: AuditKind!
    at: String!
    subject: String
    callerCountry: String
    role: String
    audience: Audience!
    "The purpose the caller's token grants, narrowed by x-purpose where it allows; ANY: none in particular."
    purpose: Purpose!
    "The operation name, or the root fields of an unnamed operation."
    operation: String!
    expertIds: [ID!]!
    "The Expert fields released (id and country are always released)."
    fields: [String!]!
    "The request's x-request-id, as in the gateway's and the country's logs; null for entries written before ids were kept."
    requestId: String
  }

  type AuditEdge {
    cursor: String!
    node: AuditEntry!
  }

  type AuditConnection {
    edges: [AuditEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }
`;
