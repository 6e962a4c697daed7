package io.lsql.ui.browser;

import io.lsql.core.design.TableDesign;
import io.lsql.core.schema.ForeignKey;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The selected table with its foreign-key neighbours (parents left, children right) and, below,
 * the DynamoDB item collection the design proposes: relational shape on top, DynamoDB shape under it.
 */
public final class SchemaDiagram extends Pane {

    private static final double BOX_W = 170;
    private static final double BOX_H = 46;
    /** Room between rows of boxes for the edge labels written beside each neighbour. */
    private static final double ROW_GAP = 22;
    private final Canvas canvas = new Canvas();
    private Schema schema;
    private Table table;
    private TableDesign design;

    public SchemaDiagram() {
        getChildren().add(canvas);
        setMinHeight(260);
        widthProperty().addListener(o -> draw());
        heightProperty().addListener(o -> draw());
    }

    public void show(Schema newSchema, Table newTable, TableDesign newDesign) {
        schema = newSchema;
        table = newTable;
        design = newDesign;
        draw();
    }

    private void draw() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        if (schema == null || table == null) {
            return;
        }
        List<Neighbour> parents = Neighbour.group(table.foreignKeys(), ForeignKey::referencedTable, ForeignKey::referencedColumns);
        List<Neighbour> children = Neighbour.group(schema.incomingForeignKeys(table.name()), ForeignKey::table, ForeignKey::columns);
        int perRow = Math.max(1, (int) ((getWidth() - 16) / (BOX_W + 16)));
        double y = 12;
        double cx = Math.max(16, getWidth() / 2 - BOX_W / 2);
        double cy = y + rows(parents.size(), perRow) * (BOX_H + ROW_GAP) + (parents.isEmpty() ? 0 : 24);
        for (int i = 0; i < parents.size(); i++) {
            double x = 16 + (i % perRow) * (BOX_W + 16);
            double top = y + (i / perRow) * (BOX_H + ROW_GAP);
            box(g, x, top, parents.get(i).table(), parents.get(i).columns(), Color.web("#6e7781"));
            arrow(g, spread(cx, i, parents.size()), cy, x + BOX_W / 2, top + BOX_H);
            label(g, parents.get(i).names(), x, top + BOX_H + 12);
        }
        box(g, cx, cy, table.name(), table.isView() ? "view" : "PK " + String.join(", ", table.primaryKey()), Color.web("#0969da"));
        y = cy + BOX_H + 40;
        for (int i = 0; i < children.size(); i++) {
            double x = 16 + (i % perRow) * (BOX_W + 16);
            double top = y + (i / perRow) * (BOX_H + ROW_GAP);
            box(g, x, top, children.get(i).table(), children.get(i).columns(), Color.web("#6e7781"));
            arrow(g, x + BOX_W / 2, top, spread(cx, i, children.size()), cy + BOX_H);
            label(g, children.get(i).names(), x, top - 4);
        }
        y += rows(children.size(), perRow) * (BOX_H + ROW_GAP);
        if (design != null) {
            drawCollection(g, y + 16);
        }
        setMinHeight(y + 200);
    }

    private void drawCollection(GraphicsContext g, double top) {
        String pk = design.key().partitionKey().attribute();
        String sk = design.key().sortKey() == null ? null : design.key().sortKey().attribute();
        g.setFill(Color.web("#1f883d"));
        g.setFont(Font.font(null, FontWeight.BOLD, 13));
        g.fillText("DynamoDB " + design.tableName() + ": item collection per " + pk, 16, top);
        double y = top + 12;
        g.setFont(Font.font(12));
        for (int item = 0; item < 3; item++) {
            g.setStroke(Color.web("#1f883d"));
            g.strokeRoundRect(16, y, 150, 26, 6, 6);
            g.setFill(Color.web("#1f883d"));
            g.fillText(pk + " = A", 24, y + 17, 134);
            g.setStroke(Color.web("#bf8700"));
            g.strokeRoundRect(172, y, Math.max(150, getWidth() - 190), 26, 6, 6);
            g.setFill(Color.web("#57606a"));
            g.fillText((sk == null ? "item" : sk + " = " + (item + 1)) + "   " + design.attributes().size() + " attributes",
                    180, y + 17);
            y += 30;
            if (sk == null) {
                break;
            }
        }
        g.setFill(Color.web("#57606a"));
        g.fillText(sk == null ? "One item per " + pk + ": GetItem by key." : "Query " + pk + " = A returns the collection in "
                + sk + " order.", 16, y + 14);
        if (!design.gsis().isEmpty()) {
            g.fillText("GSIs: " + String.join(", ", design.gsis().stream().map(BrowserViewModel::gsiKeys).toList()), 16, y + 32);
        }
    }

    private static void box(GraphicsContext g, double x, double y, String title, String subtitle, Color color) {
        g.setFill(color.deriveColor(0, 1, 1, 0.12));
        g.fillRoundRect(x, y, BOX_W, BOX_H, 8, 8);
        g.setStroke(color);
        g.strokeRoundRect(x, y, BOX_W, BOX_H, 8, 8);
        g.setFill(color.darker());
        g.setFont(Font.font(null, FontWeight.BOLD, 13));
        g.fillText(title, x + 8, y + 18, BOX_W - 16);
        g.setFont(Font.font(11));
        g.fillText(subtitle, x + 8, y + 35, BOX_W - 16);
    }

    private static int rows(int boxes, int perRow) {
        return boxes == 0 ? 0 : (boxes - 1) / perRow + 1;
    }

    /** The i-th of n edges meets the centre box at its own point along the edge, so arrows do not pile up. */
    private static double spread(double boxX, int i, int n) {
        return n <= 1 ? boxX + BOX_W / 2 : boxX + 16 + i * (BOX_W - 32) / (n - 1);
    }

    /** The foreign key names beside the neighbour's box (each box has its own column, so labels never overlap). */
    private static void label(GraphicsContext g, String text, double x, double baseline) {
        g.setFill(Color.web("#57606a"));
        g.setFont(Font.font(10));
        g.fillText(text, x + 4, baseline, BOX_W - 8);
    }

    private static void arrow(GraphicsContext g, double x1, double y1, double x2, double y2) {
        g.setStroke(Color.web("#8c959f"));
        g.strokeLine(x1, y1, x2, y2);
        double angle = Math.atan2(y2 - y1, x2 - x1);
        g.strokeLine(x2, y2, x2 - 8 * Math.cos(angle - 0.4), y2 - 8 * Math.sin(angle - 0.4));
        g.strokeLine(x2, y2, x2 - 8 * Math.cos(angle + 0.4), y2 - 8 * Math.sin(angle + 0.4));
    }

    /** One box per neighbouring table, however many foreign keys join the two. */
    record Neighbour(String table, String columns, String names) {

        static List<Neighbour> group(List<ForeignKey> keys, Function<ForeignKey, String> table,
                                     Function<ForeignKey, List<String>> columns) {
            Map<String, List<ForeignKey>> byTable = new LinkedHashMap<>();
            keys.forEach(fk -> byTable.computeIfAbsent(table.apply(fk), t -> new ArrayList<>()).add(fk));
            return byTable.entrySet().stream().map(e -> new Neighbour(e.getKey(),
                    e.getValue().stream().map(fk -> String.join(", ", columns.apply(fk))).distinct().collect(Collectors.joining(" | ")),
                    e.getValue().stream().map(ForeignKey::name).collect(Collectors.joining(", ")))).toList();
        }
    }
}
