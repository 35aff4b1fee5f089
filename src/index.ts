import 'reflect-metadata';
import { failedToStart, main } from './app/main';

main().catch(failedToStart);
