import { frenchTypography, type Locale } from '@cpskit/core';

export { VERSION } from './version.js';

const HELP: Readonly<Record<Locale, string>> = {
  en: `cps — check CPS implementation manuals against Santé publique France's reference

Usage:
  cps check [paths...]     check the manuals (*.cps.yaml, *.cps.yml) under the paths, folders or
                           quoted globs (default: the current folder; node_modules, .git, what
                           .gitignore and the configuration's "ignore" list leave out are skipped)
  cps tui [paths...]       walk through the manuals in the terminal, live as they are edited
  cps rules                list the rules
  cps explain <id>         explain a rule (what it checks, why, how it is assessed), a competency
                           code (E1.2: label, key messages) or a modality or criterion (1.2.4)
  cps init                 write a commented starter manual (asks, or --title --id --ages 8-11
                           --setting primary-school,out-of-school --years 3 --output FILE --yes
                           --force; --setting takes one setting or several)
  cps schema               print the JSON Schema of a manual (--output FILE to write it)
  cps diff <old> <new>     what changed in the judgement between two versions of a manual: modalities,
                           findings fixed and new, coverage, score (or <manual> --since REV, from git;
                           "cps diff --help" for its options)
  cps report <manual>      a printable report of one manual (--out rapport.html), or with --aggregate
                           the territory of the manuals under folders: ages, settings, competencies,
                           gaps (--format html|json|csv; "cps report --help" for its options)

Options:
  --locale fr|en           language of the messages (default: LC_ALL, LC_MESSAGES, LANG, else English)
  --fail-on LEVEL          exit 1 when a finding is at least: error (default), warning, info; never: report only
  --summary                after the findings, each manual's criteria table and competency coverage
  --config FILE            use this configuration instead of the nearest cps.config.yaml
  -f, --format NAME        stylish (default), json, sarif, junit, github or markdown; repeat for several
  -o, --output-file FILE   write the --format just before to FILE (or --format sarif=FILE)
  --max-warnings N         exit 1 when there are more than N warnings
  -q, --quiet              report errors only
  --fix                    apply the fixes that cannot change a manual's meaning (code spellings,
                           stale cps-disable comments), keeping comments; files change only then
  --stdin                  check the manual on standard input (--stdin-filename NAME: its path, for the
                           configuration and the reports)
  --color, --no-color      force or turn off colours (default: on when writing to a terminal)
  -h, --help               show this help
  -v, --version            show the version and the SpF reference it checks against

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 could not run (bad arguments, unreadable path, bad configuration).
`,
  fr: `cps — vérifier des manuels d'intervention CPS au regard du référentiel de Santé publique France

Usage :
  cps check [chemins...]   vérifie les manuels (*.cps.yaml, *.cps.yml) trouvés sous les chemins,
                           dossiers ou motifs entre guillemets (par défaut : le dossier courant ;
                           node_modules, .git, ce qu'exclut .gitignore ou la liste « ignore » de
                           la configuration sont ignorés)
  cps tui [chemins...]     parcourt les manuels dans le terminal, en direct pendant leur édition
  cps rules                liste les règles
  cps explain <id>         explique une règle (ce qu’elle vérifie, pourquoi, comment c’est évalué),
                           un code de compétence (E1.2 : libellé, messages clés) ou une modalité
                           ou un critère (1.2.4)
  cps init                 écrit un manuel de départ commenté (pose des questions, ou --title --id
                           --ages 8-11 --setting primary-school,out-of-school --years 3 --output FICHIER
                           --yes --force ; --setting prend un milieu de vie ou plusieurs)
  cps schema               affiche le schéma JSON d'un manuel (--output FICHIER pour l'écrire)
  cps diff <ancien> <nouveau>  ce qui a changé dans le jugement entre deux versions d’un manuel\u00a0:
                           modalités, constats corrigés et nouveaux, couverture, score (ou <manuel>
                           --since RÉV, depuis git\u00a0; «\u00a0cps diff --help\u00a0» pour ses options)
  cps report <manuel>      un rapport imprimable d’un manuel (--out rapport.html), ou avec --aggregate
                           le territoire des manuels des dossiers\u00a0: âges, milieux, compétences,
                           manques (--format html|json|csv\u00a0; «\u00a0cps report --help\u00a0» pour ses options)

Options :
  --locale fr|en           langue des messages (par défaut : LC_ALL, LC_MESSAGES, LANG, sinon anglais)
  --fail-on NIVEAU         code 1 dès qu'un constat atteint : error (par défaut), warning, info ; never : signaler seulement
  --summary                après les constats, le tableau des critères et la couverture des compétences de chaque manuel
  --config FICHIER         utilise cette configuration au lieu du cps.config.yaml le plus proche
  -f, --format NOM         stylish (par défaut), json, sarif, junit, github ou markdown ; à répéter pour plusieurs
  -o, --output-file FICHIER  écrit le --format qui précède dans FICHIER (ou --format sarif=FICHIER)
  --max-warnings N         code 1 au-delà de N avertissements
  -q, --quiet              ne signale que les erreurs
  --fix                    applique les corrections qui ne peuvent pas changer le sens d'un manuel
                           (graphie des codes, commentaires cps-disable périmés), commentaires gardés ;
                           les fichiers ne changent qu'avec cette option
  --stdin                  vérifie le manuel lu sur l'entrée standard (--stdin-filename NOM : son chemin,
                           pour la configuration et les rapports)
  --color, --no-color      force ou désactive les couleurs (par défaut : actives dans un terminal)
  -h, --help               affiche cette aide
  -v, --version            affiche la version et le référentiel de SpF appliqué

Codes de sortie : 0 rien au niveau de --fail-on, 1 constats à ce niveau ou au-dessus, 2 exécution impossible (argument incorrect, chemin illisible, configuration incorrecte).
`,
};

export function helpText(locale: Locale): string {
  return locale === 'fr' ? frenchTypography(HELP.fr) : HELP.en;
}
