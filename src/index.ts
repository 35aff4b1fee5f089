import 'reflect-metadata';
import { boundHeapGrowth } from './app/memory';
import { failedToStart, main } from './app/main';

boundHeapGrowth();
main().catch(failedToStart);
