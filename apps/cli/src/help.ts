import type { Locale } from '@cpskit/core';

declare const __CPS_VERSION__: string;

/** The version, set at build time from package.json. */
export const VERSION: string = typeof __CPS_VERSION__ === 'string' ? __CPS_VERSION__ : '0.0.0-dev';

const HELP: Readonly<Record<Locale, string>> = {
  en: `cps — check CPS implementation manuals against Santé publique France's reference

Usage:
  cps check [paths...]     check the manuals (*.cps.yaml, *.cps.yml) under the paths
                           (default: the current folder; node_modules and .git are skipped)
  cps rules                list the rules
  cps explain <rule-id>    explain a rule: what it checks, why, how it is assessed

Options:
  --locale fr|en           language of the messages (default: LC_ALL, LC_MESSAGES, LANG, else English)
  --fail-on LEVEL          exit 1 when a finding is at least: error (default), warning, info; never: report only
  --summary                after the findings, each manual's criteria table and competency coverage
  --config FILE            use this configuration instead of the nearest cps.config.yaml
  --color, --no-color      force or turn off colours (default: on when writing to a terminal)
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 could not run (bad arguments, unreadable path, bad configuration).
`,
  fr: `cps — vérifier des manuels d'intervention CPS au regard du référentiel de Santé publique France

Usage :
  cps check [chemins...]   vérifie les manuels (*.cps.yaml, *.cps.yml) trouvés sous les chemins
                           (par défaut : le dossier courant ; node_modules et .git sont ignorés)
  cps rules                liste les règles
  cps explain <règle>      explique une règle : ce qu'elle vérifie, pourquoi, comment c'est évalué

Options :
  --locale fr|en           langue des messages (par défaut : LC_ALL, LC_MESSAGES, LANG, sinon anglais)
  --fail-on NIVEAU         code 1 dès qu'un constat atteint : error (par défaut), warning, info ; never : signaler seulement
  --summary                après les constats, le tableau des critères et la couverture des compétences de chaque manuel
  --config FICHIER         utilise cette configuration au lieu du cps.config.yaml le plus proche
  --color, --no-color      force ou désactive les couleurs (par défaut : actives dans un terminal)
  -h, --help               affiche cette aide
  -v, --version            affiche la version

Codes de sortie : 0 rien au niveau de --fail-on, 1 constats à ce niveau ou au-dessus, 2 exécution impossible (argument incorrect, chemin illisible, configuration incorrecte).
`,
};

export function helpText(locale: Locale): string {
  return HELP[locale];
}
