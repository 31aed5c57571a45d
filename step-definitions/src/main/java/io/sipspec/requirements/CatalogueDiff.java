package io.sipspec.requirements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a fresh draft would change in the curated catalogue, by id: new ids, ids the draft no longer has, and ids
 * whose sentence or key words differ. Curated columns (role, wire, reason) are never compared: they are the
 * curator's.
 */
public record CatalogueDiff(List<Requirement> added, List<Requirement> removed, List<String> changed) {

    public static CatalogueDiff between(List<Requirement> curated, List<Requirement> draft) {
        Map<String, Requirement> old = byId(curated);
        Map<String, Requirement> fresh = byId(draft);
        List<Requirement> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Requirement d : draft) {
            Requirement c = old.get(d.id());
            if (c == null) {
                added.add(d);
            } else if (!c.sentence().equals(d.sentence()) || !c.keywords().equals(d.keywords())) {
                changed.add(d.id() + ": curated \"" + c.sentence() + "\" / draft \"" + d.sentence() + "\"");
            }
        }
        List<Requirement> removed = curated.stream().filter(c -> !fresh.containsKey(c.id())).toList();
        return new CatalogueDiff(added, removed, changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** The differences as markdown. */
    public String markdown() {
        StringBuilder out = new StringBuilder("# Draft vs curated catalogue\n\n");
        if (isEmpty()) {
            return out.append("No difference: every id of the draft is in the curated catalogue with the same"
                    + " sentence and key words.\n").toString();
        }
        out.append("## New in the draft (").append(added.size()).append(")\n\n");
        added.forEach(r -> out.append("- ").append(r.id()).append(": ").append(r.sentence()).append('\n'));
        out.append("\n## Only in the curated catalogue (").append(removed.size()).append(")\n\n");
        removed.forEach(r -> out.append("- ").append(r.id()).append(": ").append(r.sentence()).append('\n'));
        out.append("\n## Changed sentence or key words (").append(changed.size()).append(")\n\n");
        changed.forEach(c -> out.append("- ").append(c).append('\n'));
        return out.toString();
    }

    private static Map<String, Requirement> byId(List<Requirement> list) {
        Map<String, Requirement> m = new LinkedHashMap<>();
        list.forEach(r -> m.put(r.id(), r));
        return m;
    }
}
