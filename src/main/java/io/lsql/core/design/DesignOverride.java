package io.lsql.core.design;

import java.util.Set;

/**
 * The user's changes to a suggested design: another partition/sort key, GSIs dropped. Kept by the
 * workbench for the migration wizard.
 *
 * @param sortColumn {@code null} for no sort key
 */
public record DesignOverride(String partitionColumn, String sortColumn, Set<String> droppedGsis) {

    public static final DesignOverride NONE = new DesignOverride(null, null, Set.of());

    public DesignOverride {
        droppedGsis = droppedGsis == null ? Set.of() : Set.copyOf(droppedGsis);
    }

    public boolean changesKey() {
        return partitionColumn != null;
    }
}
