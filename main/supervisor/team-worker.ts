// The team worker's entry (electron-vite builds it to out/main/team-worker.js): one team reply
// decoded (team-decode.ts) and posted back, its rows as a few JSON strings: strings cross to main
// as plain copies, where 10,000 structured-cloned rows would be rebuilt on main in one go.
import { parentPort, workerData } from 'node:worker_threads';
import { decodeTeam, type TeamJob } from './team-decode';

parentPort?.postMessage(decodeTeam(workerData as TeamJob));
