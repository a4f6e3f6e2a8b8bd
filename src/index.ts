// Action entry point.
import { run } from './main.js';

void run();
