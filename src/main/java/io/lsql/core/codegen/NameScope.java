package io.lsql.core.codegen;

import java.util.HashSet;
import java.util.Set;

/** Names already taken in one Java scope (a package's classes, a class's fields): a clash gets a number. */
final class NameScope {

    private final Set<String> taken = new HashSet<>();

    NameScope(Set<String> reserved) {
        taken.addAll(reserved);
    }

    /** {@code wanted}, or {@code wanted2}, {@code wanted3}… whichever is free first; it is then taken. */
    String claim(String wanted) {
        String name = wanted;
        for (int n = 2; !taken.add(name); n++) {
            name = wanted + n;
        }
        return name;
    }
}
