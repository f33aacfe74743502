// Why the generic detector refused a page. French defaults; the shell may inject the locale's
// strings instead (same shape). No patient data in these sentences: they may end up in logs.
export interface GenericReasons {
  noBirthDate: string;
  noName: string;
  list: (n: number) => string;
  two: string;
  mixed: string;
  user: string;
  moving: string;
}

export const reasons: GenericReasons = {
  noBirthDate: 'Aucune date de naissance trouvée sur la page.',
  noName: 'Une date de naissance est affichée, mais pas le nom et le prénom du patient.',
  // A list may hold one patient (a waiting room at opening time): no count, no plural to get wrong.
  list: () => 'La page affiche une liste de patients : ouvrez le dossier d’un seul patient.',
  two: 'Deux patients différents sont affichés sur la page : impossible de savoir lequel est le patient en cours.',
  user: 'Le nom affiché est celui de l’utilisateur ou d’un soignant, pas celui d’un patient.',
  moving: 'L’adresse de la page désigne un autre dossier que le patient affiché.',
  mixed: 'Plusieurs noms ou prénoms différents sont affichés, sans que l’un soit plus clairement relié à la date de naissance : impossible de savoir lesquels sont ceux du patient.',
};
