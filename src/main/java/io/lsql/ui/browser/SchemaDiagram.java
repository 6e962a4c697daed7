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

import java.util.List;

/**
 * The selected table with its foreign-key neighbours (parents left, children right) and, below,
 * the DynamoDB item collection the design proposes: relational shape on top, DynamoDB shape under it.
 */
public final class SchemaDiagram extends Pane {

    private static final double BOX_W = 170;
    private static final double BOX_H = 46;
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
        List<ForeignKey> parents = table.foreignKeys();
        List<ForeignKey> children = schema.incomingForeignKeys(table.name());
        int perRow = Math.max(1, (int) ((getWidth() - 16) / (BOX_W + 16)));
        double y = 12;
        double[] parentBottom = new double[parents.size()];
        double[][] parentAt = new double[parents.size()][];
        for (int i = 0; i < parents.size(); i++) {
            double x = 16 + (i % perRow) * (BOX_W + 16);
            double top = y + (i / perRow) * (BOX_H + 12);
            parentAt[i] = new double[] {x, top};
            box(g, x, top, parents.get(i).referencedTable(), String.join(", ", parents.get(i).referencedColumns()), Color.web("#6e7781"));
            parentBottom[i] = top + BOX_H;
        }
        if (!parents.isEmpty()) {
            y += ((parents.size() - 1) / perRow + 1) * (BOX_H + 12) + 24;
        }
        double cx = Math.max(16, getWidth() / 2 - BOX_W / 2);
        double cy = y;
        for (int i = 0; i < parents.size(); i++) {
            arrow(g, cx + BOX_W / 2, cy, parentAt[i][0] + BOX_W / 2, parentBottom[i], parents.get(i).name());
        }
        box(g, cx, cy, table.name(), table.isView() ? "view" : "PK " + String.join(", ", table.primaryKey()), Color.web("#0969da"));
        y = cy + BOX_H + 28;
        for (int i = 0; i < children.size(); i++) {
            double x = 16 + (i % perRow) * (BOX_W + 16);
            double top = y + (i / perRow) * (BOX_H + 12);
            box(g, x, top, children.get(i).table(), String.join(", ", children.get(i).columns()), Color.web("#6e7781"));
            arrow(g, x + BOX_W / 2, top, cx + BOX_W / 2, cy + BOX_H, children.get(i).name());
        }
        if (!children.isEmpty()) {
            y += ((children.size() - 1) / perRow + 1) * (BOX_H + 12) + 12;
        }
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

    private static void arrow(GraphicsContext g, double x1, double y1, double x2, double y2, String label) {
        g.setStroke(Color.web("#8c959f"));
        g.strokeLine(x1, y1, x2, y2);
        double angle = Math.atan2(y2 - y1, x2 - x1);
        g.strokeLine(x2, y2, x2 - 8 * Math.cos(angle - 0.4), y2 - 8 * Math.sin(angle - 0.4));
        g.strokeLine(x2, y2, x2 - 8 * Math.cos(angle + 0.4), y2 - 8 * Math.sin(angle + 0.4));
        g.setFill(Color.web("#57606a"));
        g.setFont(Font.font(10));
        g.fillText(label, (x1 + x2) / 2 - 20, (y1 + y2) / 2 - 4);
    }
}
