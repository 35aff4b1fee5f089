import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../projectRoot';
import { printGraphSchema } from '../app/schema';

const file = join(projectRoot(), 'schema', 'schema.graphql');
writeFileSync(file, printGraphSchema());
console.log(`Wrote ${file}`);
