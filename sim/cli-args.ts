// Command-line flags of `npm run sim`, turned into SimulatorOptions.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { errorStatusModes } from './gws/status';
import type { SimulatorOptions } from './options';
import { gwsVersions, variationSchema, type VariationRequest } from './variations';

export const usage = `Usage: npm run sim -- [options]
  --port N                          port to listen on (default 8090; 0 = a free port)
  --host HOST                       address to listen on (default 127.0.0.1)
  --seed FILE                       contact center JSON (default sim/seed/default.json)
  --traffic N                       N inbound calls a minute to Ready agents (default 0)
  --answer-after S[-S]              seconds from ringing to answering, or a range (default 2-6)
  --talk S[-S]                      seconds from answering to the customer hanging up (default 20-90)
  --wrap-up S[-S]                   seconds of After Call Work before Ready again (default 10-60)
  --demo                            the demo line-up: the last 2 agents logged out, the 2 before Not Ready
  --csrf on|off                     CSRF protection (default on)
  --intrusion on|off|all            join a call in progress: BargeIn only, never, every mode (default on)
  --monitoring-call established|ringing
                                    how the supervisor's leg appears (default established)
  --sip-cluster                     SIP Cluster: no routing-point monitoring, scope Call only
  --monitoring-feature on|off       feature api-supervisor-monitoring (default on)
  --agent-control-feature on|off    feature api-supervisor-agent-control (default on)
  --cancel-releases-call on|off     CancelSupervisorMonitoring ends the supervisor's leg (default on)
  --error-status reference|strict   HTTP status of failed operations (default reference)
  --csrf-body json|text             body of the CSRF 403 (default json)
  --participants objects|strings    call participants format (default objects)
  --gws-version 8.5.2|8.5.1         monitoring and participant shapes of that version (default 8.5.2)
  --context-path PATH               serve GWS under PATH, e.g. /cloud-web (default: the root)
  --uri-host ORIGIN                 origin written into resource URIs, e.g. http://192.168.154.128
  --resource-uris on|off            resources carry uri and path (default on)
  --status-code number|string       statusCode as a number or a numeric string (default number)
  --tls-key FILE --tls-cert FILE    serve https with this PEM key and certificate (default http)
  --help                            this text`;

export type CliResult = { options: SimulatorOptions } | { help: true } | { error: string };

const onOff = ['on', 'off'] as const;

export function parseCliArgs(argv: string[]): CliResult {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string', default: '8090' },
        host: { type: 'string' },
        seed: { type: 'string' },
        traffic: { type: 'string', default: '0' },
        'answer-after': { type: 'string' },
        talk: { type: 'string' },
        'wrap-up': { type: 'string' },
        demo: { type: 'boolean', default: false },
        csrf: { type: 'string', default: 'on' },
        intrusion: { type: 'string', default: 'on' },
        'monitoring-call': { type: 'string', default: 'established' },
        'sip-cluster': { type: 'boolean', default: false },
        'monitoring-feature': { type: 'string', default: 'on' },
        'agent-control-feature': { type: 'string', default: 'on' },
        'cancel-releases-call': { type: 'string', default: 'on' },
        'error-status': { type: 'string', default: 'reference' },
        'csrf-body': { type: 'string', default: 'json' },
        participants: { type: 'string', default: 'objects' },
        'gws-version': { type: 'string', default: '8.5.2' },
        'context-path': { type: 'string', default: '' },
        'uri-host': { type: 'string' },
        'resource-uris': { type: 'string', default: 'on' },
        'status-code': { type: 'string', default: 'number' },
        'tls-key': { type: 'string' },
        'tls-cert': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    return { error: (error as Error).message };
  }
  if (values.help) return { help: true };
  try {
    return {
      options: {
        port: integer('--port', values.port, 65_535),
        ...(values.host !== undefined && { host: values.host }),
        ...(values.seed !== undefined && { seed: values.seed }),
        traffic: traffic(values),
        ...(values.demo && { demo: true }),
        csrf: oneOf('--csrf', values.csrf, onOff) === 'on',
        intrusion: oneOf('--intrusion', values.intrusion, ['on', 'off', 'all'] as const),
        monitoringCall: oneOf('--monitoring-call', values['monitoring-call'], ['established', 'ringing'] as const),
        sipCluster: values['sip-cluster'],
        monitoringFeature: oneOf('--monitoring-feature', values['monitoring-feature'], onOff) === 'on',
        agentControlFeature: oneOf('--agent-control-feature', values['agent-control-feature'], onOff) === 'on',
        cancelReleasesCall: oneOf('--cancel-releases-call', values['cancel-releases-call'], onOff) === 'on',
        errorStatus: oneOf('--error-status', values['error-status'], errorStatusModes),
        csrfFailureBody: oneOf('--csrf-body', values['csrf-body'], ['json', 'text'] as const),
        participants: oneOf('--participants', values.participants, ['objects', 'strings'] as const),
        ...variation(values),
        ...tlsFiles(values['tls-key'], values['tls-cert']),
      },
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The server variation flags, checked as POST /sim/reset checks them. */
function variation(values: Record<string, string | boolean | undefined>): VariationRequest {
  const request = {
    gwsVersion: oneOf('--gws-version', String(values['gws-version']), gwsVersions),
    contextPath: String(values['context-path']),
    ...(values['uri-host'] !== undefined && { uriHost: String(values['uri-host']) }),
    resourceUris: oneOf('--resource-uris', String(values['resource-uris']), onOff) === 'on',
    statusCodeAs: oneOf('--status-code', String(values['status-code']), ['number', 'string'] as const),
  };
  const checked = variationSchema.safeParse(request);
  if (!checked.success) throw new Error(`--context-path or --uri-host: ${checked.error.issues.map((i) => i.message).join('; ')}`);
  return checked.data;
}

/** Calls a minute, with whichever timings were given (seconds on the command line, ms in the options). */
function traffic(values: Record<string, string | boolean | undefined>): SimulatorOptions['traffic'] {
  const callsPerMinute = integer('--traffic', String(values.traffic), 6_000);
  const timings = {
    ...(values['answer-after'] !== undefined && { answerAfterMs: seconds('--answer-after', String(values['answer-after'])) }),
    ...(values.talk !== undefined && { talkMs: seconds('--talk', String(values.talk)) }),
    ...(values['wrap-up'] !== undefined && { wrapUpMs: seconds('--wrap-up', String(values['wrap-up'])) }),
  };
  return Object.keys(timings).length > 0 ? { callsPerMinute, ...timings } : callsPerMinute;
}

/** "S" or "MIN-MAX" whole seconds up to an hour, as [min, max] ms. */
function seconds(flag: string, value: string): [number, number] {
  const match = /^(\d{1,4})(?:-(\d{1,4}))?$/.exec(value);
  const min = Number(match?.[1]);
  const max = Number(match?.[2] ?? match?.[1]);
  if (!match || min > max || max > 3_600) throw new Error(`${flag} takes seconds from 0 to 3600, as N or MIN-MAX with MIN ≤ MAX, not "${value}"`);
  return [min * 1_000, max * 1_000];
}

/** Both files or neither; each read now, so a wrong path is a usage error rather than a crash at listen. */
function tlsFiles(keyFile: string | undefined, certFile: string | undefined): Pick<SimulatorOptions, 'tls'> {
  if (keyFile === undefined && certFile === undefined) return {};
  if (keyFile === undefined || certFile === undefined) throw new Error('--tls-key and --tls-cert go together');
  return { tls: { key: pem('--tls-key', keyFile), cert: pem('--tls-cert', certFile) } };
}

function pem(flag: string, file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${flag}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error });
  }
}

function integer(flag: string, value: string, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > max) throw new Error(`${flag} takes a whole number from 0 to ${max}, not "${value}"`);
  return n;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new Error(`${flag} takes ${allowed.join('|')}, not "${value}"`);
  }
  return value as T;
}
