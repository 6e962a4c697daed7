package io.lsql.core.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key of a row from a source without any key: a hash of the values as the server stored them,
 * then {@code #} and the row's occurrence among identical rows (1, 2, …), so identical rows stay
 * separate items and every read numbers them alike. The source must arrive ordered by content
 * (see {@code SourceQuery}) so identical rows are adjacent: memory stays constant.
 */
final class ContentKey {

    private String lastHash;
    private long occurrence;

    String next(RowMapper row) {
        String hash = hash(row);
        occurrence = hash.equals(lastHash) ? occurrence + 1 : 1;
        lastHash = hash;
        return hash + "#" + occurrence;
    }

    private static String hash(RowMapper row) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < row.columns().size(); i++) {
                Cell cell = row.cell(i);
                digest.update((byte) cell.state().ordinal());
                if (!cell.isPresent()) {
                    continue;
                }
                byte[] value = cell.type() == AttributeType.B ? cell.bytes()
                        : (cell.rawText() != null ? cell.rawText() : cell.text()).getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(value.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(value);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
