import 'reflect-metadata';
import { boundHeapGrowth } from './app/heapGrowth';
import { failedToStart, main } from './app/main';

boundHeapGrowth();
main().catch(failedToStart);
