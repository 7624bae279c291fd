// The demo (npm start) shows an alert within its first two minutes: thresholds the user has not
// changed are short there. The seed starts agents Not Ready, so the Not Ready rule fires first.
import { defaultSettings, type AlertRules } from '../../../common/settings';

export const DEMO_ALERT_MINUTES = { longCall: 2, notReady: 1, afterCallWork: 1 } as const;

export function demoAlertRules(rules: AlertRules): AlertRules {
  const short = <K extends keyof typeof DEMO_ALERT_MINUTES>(key: K) =>
    rules[key].minutes === defaultSettings.alerts[key].minutes ? { ...rules[key], minutes: DEMO_ALERT_MINUTES[key] } : rules[key];
  return { ...rules, longCall: short('longCall'), notReady: short('notReady'), afterCallWork: short('afterCallWork') };
}
