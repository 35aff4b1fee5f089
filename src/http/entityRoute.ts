import { Router } from 'express';
import { entityRecord } from '../dataset/entityRecord';
import { linkedDataOf } from '../dataset/linkedData';
import type { GraphDatabase } from '../db/graphDatabase';
import { ID_PATTERN } from '../validation/fieldRules';
import { answered } from './answered';
import { publicCors } from './publicCors';

const JSONLD = 'application/ld+json';
const NTRIPLES = 'application/n-triples';
/** JSON-LD first: a client that names no type (curl's "*\/*") is taken for a machine; a browser asks for HTML by name. */
const OFFERED = [JSONLD, 'application/json', NTRIPLES, 'text/html'];

/**
 * /entity/<id>, the IRI the downloads give each entity: the explorer for a
 * browser (a 303 to it), the entity's JSON-LD (or N-Triples) for a machine.
 */
export function entityRouter(db: GraphDatabase, baseUrl: string): Router {
  const router = Router();
  const vocabulary = linkedDataOf(baseUrl);
  router.get('/entity/:id', publicCors(), answered(async (req, res) => {
    const id = String(req.params.id);
    res.vary('Accept');
    const type = req.accepts(OFFERED);
    if (!type) return void res.status(406).type('text').send(`Ask for one of ${OFFERED.join(', ')}.`);
    if (type === 'text/html') return void res.redirect(303, `/explore?focus=${encodeURIComponent(id)}&select=${encodeURIComponent(id)}`);
    const entity = ID_PATTERN.test(id) ? await entityRecord(db, id) : undefined;
    if (!entity) return void res.status(404).type('text').send(`No entity has the id ${id}.`);
    const { node, triples } = vocabulary.entity(entity.model, entity.record);
    res.setHeader('Cache-Control', 'public, max-age=60');
    if (type === NTRIPLES) res.type(`${NTRIPLES}; charset=utf-8`).send(`${triples.join('\n')}\n`);
    else res.type(JSONLD).send(JSON.stringify({ '@context': vocabulary.context, ...node }));
  }));
  return router;
}
