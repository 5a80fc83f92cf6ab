import { runServer } from '../server/server.js';

runServer();
