/**
 * Small-cell suppression of counts of persons (GDPR Art. 5(1)(c), 89; issue 11 §4): a count of fewer
 * than `limit` persons is not shown to roles without access to personal data, and neither is any other
 * count that would give it back by subtraction from a total.
 *
 * The counts form a tree: each node's count is the sum of its children's (the country, the planning
 * regions, the municipalities). Every node with its children is one equation, parent = Σ children.
 * Primary suppression hides the small counts; secondary suppression then makes sure no equation has
 * exactly one hidden value (one unknown in a sum is the total minus the rest): it hides the smallest
 * shown child as well — a non-zero one first, since a zero hides nothing — or, if none is left, the
 * parent. Hiding more can expose another equation, so this repeats until none has exactly one.
 * Every hidden count is shown the same way, so a reader cannot tell the small ones from their complements.
 */
export interface CountNode {
  id: string;
  count: number;
  children?: CountNode[];
}

export function suppressSmallCells(root: CountNode, limit: number): Set<string> {
  const hidden = new Set<string>();
  const nodes: CountNode[] = [];
  const walk = (node: CountNode) => {
    nodes.push(node);
    node.children?.forEach(walk);
  };
  walk(root);
  for (const node of nodes) if (node.count > 0 && node.count < limit) hidden.add(node.id);

  const groups = nodes.filter((n) => n.children?.length);
  for (let changed = true; changed;) {
    changed = false;
    for (const parent of groups) {
      const members = [parent, ...parent.children!];
      if (members.filter((m) => hidden.has(m.id)).length !== 1) continue;
      const shown = parent.children!.filter((c) => !hidden.has(c.id));
      const complement = smallest(shown.filter((c) => c.count > 0)) ?? smallest(shown) ?? parent;
      // the one hidden member is the parent and every child is shown: hiding a child is what protects it
      hidden.add(complement.id);
      changed = true;
    }
  }
  return hidden;
}

function smallest(nodes: CountNode[]): CountNode | undefined {
  return nodes.reduce<CountNode | undefined>((min, n) => (!min || n.count < min.count || (n.count === min.count && n.id < min.id) ? n : min), undefined);
}
