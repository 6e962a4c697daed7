package io.lsql.core.cost;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The DynamoDB list prices every cost figure is computed with, and where they come from. The bundled default
 * ({@code prices.json} beside this class: us-east-1, on-demand since the price cut of 2024-11-01) can be replaced
 * by a file of the same shape, so a user in another region edits numbers, not code.
 *
 * @param asOf      the date the prices were read (ISO-8601)
 * @param toConfirm the fields not checked against the price page (shown as "to confirm" beside their figures)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"region", "source", "asOf", "currency", "onDemandWritePerMillion", "onDemandReadPerMillion",
    "storagePerGbMonth", "importPerGb", "provisionedWcuHour", "provisionedRcuHour", "toConfirm"})
public record Prices(String region, String source, String asOf, String currency, double onDemandWritePerMillion,
                     double onDemandReadPerMillion, double storagePerGbMonth, double importPerGb, double provisionedWcuHour,
                     double provisionedRcuHour, List<String> toConfirm) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESOURCE = "prices.json";

    public Prices {
        toConfirm = toConfirm == null ? List.of() : List.copyOf(toConfirm);
        currency = currency == null ? "USD" : currency;
        if (region == null || asOf == null || source == null) {
            throw new IllegalArgumentException("prices need a region, a source and an as-of date");
        }
    }

    /** The bundled us-east-1 prices. */
    public static Prices defaults() {
        return Bundled.PRICES;
    }

    /** Read once, when first asked for. */
    private static final class Bundled {
        static final Prices PRICES = read();
    }

    private static Prices read() {
        try (InputStream in = Prices.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + RESOURCE + " is missing");
            }
            return JSON.readValue(in, Prices.class);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled " + RESOURCE + " is unreadable", e);
        }
    }

    /** The prices in {@code file}, or the bundled ones when {@code file} is {@code null}. */
    public static Prices load(Path file) {
        if (file == null) {
            return defaults();
        }
        try {
            return JSON.readValue(Files.readAllBytes(file), Prices.class);
        } catch (NoSuchFileException e) {
            throw new LsqlException("The price file " + file + " does not exist.", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new LsqlException("The price file " + file + " is not a valid prices.json: " + ErrorText.of(e) + ".", e);
        }
    }

    /** True when {@code field} is flagged as not yet checked against the price page. */
    public boolean unconfirmed(String field) {
        return toConfirm.contains(field);
    }

    /** One line naming the prices, to print beside every figure computed with them. */
    public String label() {
        return String.format(Locale.ROOT, "%s list prices as of %s (%s)", region, asOf, source);
    }
}
