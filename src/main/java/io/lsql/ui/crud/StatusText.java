package io.lsql.ui.crud;

import io.lsql.core.crud.AttributeDiff;
import io.lsql.core.crud.BothResult;
import io.lsql.core.crud.DynamoError;
import io.lsql.core.crud.DynamoResult;
import io.lsql.core.crud.ItemValue;
import io.lsql.core.crud.SqlResult;

import java.util.stream.Collectors;

/** The status line of each side and the difference report of a "both" write, as the user reads them. */
final class StatusText {

    private StatusText() {
    }

    static String mysql(SqlResult result, boolean write) {
        if (result == null) {
            return "MySQL: not run";
        }
        if (!result.ok()) {
            return "MySQL: " + result.error().display();
        }
        if (write) {
            return "MySQL: " + plural(result.affected(), "row") + " affected";
        }
        return "MySQL: " + plural(result.rows().size(), "row") + (result.next() != null ? ", more on the next page" : "")
                + (result.note() == null ? "" : ". " + result.note());
    }

    static String dynamo(DynamoResult result, boolean write) {
        if (result == null) {
            return "DynamoDB: not run";
        }
        String capacity = "consumed capacity " + result.consumedCapacityText();
        if (!result.ok()) {
            DynamoError error = result.error();
            return "DynamoDB: " + (error.mysqlMeaning() == null ? "" : error.mysqlMeaning() + "; ") + error.code() + ": " + error.message();
        }
        if (write) {
            return "DynamoDB: " + plural(result.affected(), "item") + " affected, " + capacity
                    + (result.oldItem() == null ? "" : ", old item " + result.oldItem().toJson());
        }
        return "DynamoDB: Count " + result.count() + ", ScannedCount " + result.scannedCount() + ", " + capacity + ", "
                + plural(result.requests(), "request") + (result.lastEvaluatedKey() != null ? ", more on the next page" : "");
    }

    /** "Not atomic across the two engines", then whether both sides now hold the same record, and where they differ. */
    static String both(BothResult result) {
        if (result == null) {
            return "";
        }
        String verdict = result.agree() ? (result.rowAfter() == null ? "Neither side holds the record now."
                : "Both sides hold the same record.") : "The sides differ: " + result.differences().stream()
                .map(StatusText::difference).collect(Collectors.joining("; "));
        return BothResult.NOT_ATOMIC + " " + verdict;
    }

    private static String difference(AttributeDiff diff) {
        return diff.attribute() + " MySQL→" + text(diff.expected()) + " vs DynamoDB " + text(diff.actual());
    }

    private static String text(ItemValue value) {
        return value == null ? "(none)" : value.display();
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
