/** What the user would type: program text, shown verbatim and never translated. */
export type Flavour = 'netstat' | 'ss';

export const COMMANDS: Record<Flavour, string> = {
  netstat: 'netstat -ant',
  ss: 'ss -tan',
};

export const COUNT_PIPELINE = "netstat -nat | awk '{print $6}' | sort | uniq -c | sort -rn";

export const PROMPT = '$ ';
