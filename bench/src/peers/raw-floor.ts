import { createServer } from 'node:http';
import { Pool } from 'pg';

/**
 * The raw-SQL floor: the agreement matrix's three statements through `pg` behind a minimal HTTP
 * handler, with no framework, validation or GraphQL. Nothing real can be faster; the API is
 * judged by how close it stays to this.
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const PROPOSALS = `SELECT p.id, p.title, p.status, p.delivery_model AS "deliveryModel" FROM proposal p
  WHERE EXISTS (SELECT 1 FROM agreement_status a WHERE a.proposal_id = p.id) ORDER BY p.title, p.id`;
const PARTIES = `SELECT DISTINCT coalesce(a.local_authority_id, a.area_id, a.organisation_id) AS id, a.party_kind AS kind,
  coalesce(la.name, ar.name, o.name) AS name, coalesce(la.short_code, ar.code, o.code) AS "shortCode", la.tile_row AS "tileRow", la.tile_col AS "tileCol"
  FROM agreement_status a LEFT JOIN local_authority la ON la.id = a.local_authority_id LEFT JOIN area ar ON ar.id = a.area_id
  LEFT JOIN organisation o ON o.id = a.organisation_id ORDER BY kind, name`;
const CELLS = `SELECT a.id AS "agreementId", a.proposal_id AS "proposalId", coalesce(a.local_authority_id, a.area_id, a.organisation_id) AS "partyId",
  a.status, a.reciprocity, a.effective_date::text AS "effectiveDate", a.updated_at AS "updatedAt", a.version
  FROM agreement_status a JOIN proposal p ON p.id = a.proposal_id ORDER BY p.title, a.proposal_id, a.party_kind, "partyId"`;

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => void (async () => {
    try {
      const [proposals, parties, cells] = await Promise.all([pool.query(PROPOSALS), pool.query(PARTIES), pool.query(CELLS)]);
      const body = JSON.stringify({ data: { agreementMatrix: { proposals: proposals.rows, parties: parties.rows, cells: cells.rows } } });
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  })());
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`raw floor listening on ${process.env.PORT}`));
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
