/*
 * The corpus screen in Java Swing (Metal or Nimbus, Debian's OpenJDK); reports where its texts are
 * drawn.
 *
 * Run by make.py as `java -Dsun.java2d.uiScale=S -cp BUILD SwingLook SPEC X Y LAF`. Once drawn it
 * prints one JSON line with every text's box on the screen in device pixels, computed the way the
 * look and feel places text when it paints (never read back from the pixels):
 *
 *   label, button, list row, table cell and heading (the renderers are JLabels):
 *     SwingUtilities.layoutCompoundLabel over the component's bounds less its insets gives the
 *     text rectangle (BasicLabelUI, BasicButtonUI, SynthGraphicsUtils do the same), the baseline
 *     is its top plus the font's ascent;
 *   ink: the text's GlyphVector pixel bounds at that baseline, with the component's
 *     FontRenderContext.
 *
 * A menu bar item reports its bounds less its insets and no ink (see item()).
 * User-space coordinates are multiplied by the uiScale.
 */

import java.awt.*;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.font.GlyphVector;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import javax.swing.*;
import javax.swing.table.*;

public class SwingLook {
    static List<String[]> spec = new ArrayList<>();
    static double scale = 1.0;
    static StringBuilder json = new StringBuilder();
    static String laf;
    static double fontScale = 1.0;

    /** A size in pixels at 100 %, grown with the fonts where they are scaled. */
    static int px(int n) {
        return (int) Math.round(n * fontScale);
    }

    static List<String[]> role(String name) {
        List<String[]> out = new ArrayList<>();
        for (String[] s : spec) if (s[0].equals(name)) out.add(s);
        return out;
    }

    public static void main(String[] args) throws Exception {
        for (String line : Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8))
            if (!line.isEmpty()) spec.add(line.split("\t"));
        int x = Integer.parseInt(args[1]), y = Integer.parseInt(args[2]);
        laf = args[3];
        fontScale = args.length > 4 ? Double.parseDouble(args[4]) : 1.0;
        if (fontScale != 1.0 && !laf.equals("nimbus")) {
            // JDK 17 on X11 scales the UI by whole numbers only: a fractional scale is had the
            // way such programs are set up for large text, every UI font made larger. Metal's
            // theme takes its four fonts from these properties (DefaultMetalTheme).
            int n = (int) Math.round(12 * fontScale), small = (int) Math.round(10 * fontScale);
            System.setProperty("swing.plaf.metal.controlFont", "Dialog-BOLD-" + n);
            System.setProperty("swing.plaf.metal.systemFont", "Dialog-" + n);
            System.setProperty("swing.plaf.metal.userFont", "Dialog-" + n);
            System.setProperty("swing.plaf.metal.smallFont", "Dialog-" + small);
        }
        UIManager.setLookAndFeel(laf.equals("nimbus") ? "javax.swing.plaf.nimbus.NimbusLookAndFeel"
                                                     : "javax.swing.plaf.metal.MetalLookAndFeel");
        if (fontScale != 1.0 && laf.equals("nimbus")) {
            // Nimbus derives every font from "defaultFont".
            Font f = UIManager.getLookAndFeelDefaults().getFont("defaultFont");
            UIManager.getLookAndFeelDefaults().put("defaultFont", new javax.swing.plaf.FontUIResource(
                    f.deriveFont((float) Math.round(f.getSize2D() * fontScale))));
        }
        SwingUtilities.invokeAndWait(() -> build(x, y));
    }

    static List<Object[]> entries = new ArrayList<>();   // {component, text, kind, style}
    static JFrame frame;
    static JList<String> list;
    static JTable table;
    static JMenuBar bar;

    static void build(int x, int y) {
        frame = new JFrame("Sagsoversigt");
        frame.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
        bar = new JMenuBar();
        for (String[] s : role("menu")) {
            JMenu m = new JMenu(s[2]);
            m.setMnemonic(s[2].charAt(0));
            m.add(new JMenuItem("Luk"));
            bar.add(m);
            entries.add(new Object[]{m, s[2], "menu", s[1]});
        }
        frame.setJMenuBar(bar);
        JPanel body = new JPanel(new GridBagLayout());
        body.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
        GridBagConstraints c = new GridBagConstraints();
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(3, 4, 3, 12);
        List<String[]> names = role("formlabel"), values = role("formvalue");
        for (int i = 0; i < names.size(); i++) {
            for (int col = 0; col < 2; col++) {
                String text = (col == 0 ? names : values).get(i)[2];
                JLabel l = new JLabel(text);
                c.gridx = col; c.gridy = i;
                body.add(l, c);
                entries.add(new Object[]{l, text, "label", "normal"});
            }
        }
        List<String[]> labels = role("label");
        for (int n = 0; n < labels.size(); n++) {
            String style = labels.get(n)[1], text = labels.get(n)[2];
            JLabel l = new JLabel(text);
            if (style.equals("bold")) l.setFont(l.getFont().deriveFont(Font.BOLD));
            if (style.equals("small")) l.setFont(l.getFont().deriveFont(Font.PLAIN, (float) Math.round(9 * fontScale)));
            if (style.equals("disabled")) l.setEnabled(false);
            c.gridx = n % 2; c.gridy = 3 + n / 2;
            body.add(l, c);
            entries.add(new Object[]{l, text, "label", style});
        }
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        for (String[] s : role("button")) {
            JButton b = new JButton(s[2]);
            b.setFocusable(false);
            if (s[1].equals("mnemonic")) b.setMnemonic(s[2].charAt(0));
            if (s[1].equals("coloured")) {
                b.setBackground(new Color(0x2e7d32));
                b.setForeground(Color.WHITE);
            }
            if (s[1].equals("disabled")) b.setEnabled(false);
            buttons.add(b);
            entries.add(new Object[]{b, s[2], "button", s[1]});
        }
        c.gridx = 0; c.gridy = 5; c.gridwidth = 3;
        c.insets = new Insets(8, 0, 8, 0);
        body.add(buttons, c);
        List<String[]> rows = role("list");
        String[] items = new String[rows.size()];
        for (int i = 0; i < items.length; i++) items[i] = rows.get(i)[2];
        list = new JList<>(items);
        list.setFocusable(false);
        for (int i = 0; i < items.length; i++) if (rows.get(i)[1].equals("selected")) list.setSelectedIndex(i);
        JScrollPane ls = new JScrollPane(list);
        ls.setPreferredSize(new Dimension(px(170), px(120)));
        c.gridx = 0; c.gridy = 6; c.gridwidth = 1; c.anchor = GridBagConstraints.NORTHWEST;
        c.insets = new Insets(3, 4, 3, 12);
        body.add(ls, c);
        List<String[]> hs = role("header"), cs = role("cell");
        String[] heads = new String[hs.size()];
        for (int i = 0; i < heads.length; i++) heads[i] = hs.get(i)[2];
        Object[][] data = new Object[cs.size() / heads.length][heads.length];
        for (int i = 0; i < cs.size(); i++) data[i / heads.length][i % heads.length] = cs.get(i)[2];
        table = new JTable(new DefaultTableModel(data, heads));
        table.setFocusable(false);
        table.setRowSelectionAllowed(false);
        int[] widths = {70, 130, 100};
        for (int i = 0; i < heads.length; i++) table.getColumnModel().getColumn(i).setPreferredWidth(px(widths[i]));
        table.setRowHeight(table.getFontMetrics(table.getFont()).getHeight() + 6);
        JScrollPane ts = new JScrollPane(table);
        ts.setPreferredSize(new Dimension(px(304), px(120)));
        c.gridx = 1; c.gridy = 6; c.gridwidth = 2;
        body.add(ts, c);
        frame.setContentPane(body);
        frame.pack();
        GraphicsConfiguration gc = frame.getGraphicsConfiguration();
        scale = gc.getDefaultTransform().getScaleX();
        frame.setLocation((int) Math.round(x / scale), (int) Math.round(y / scale));
        frame.setVisible(true);
        Timer t = new Timer(1200, e -> report());
        t.setRepeats(false);
        t.start();
    }

    /** The text and ink boxes of `text` drawn by the JLabel/AbstractButton `c` laid out in a
     *  cell of `bounds` (in `owner`'s coordinates) with `c`'s insets. */
    static void place(JComponent c, Rectangle bounds, Component owner, String text, String kind,
                      String style) {
        Font font = c.getFont();
        FontMetrics fm = c.getFontMetrics(font);
        Insets in = c.getInsets();
        Rectangle view = new Rectangle(bounds.x + in.left, bounds.y + in.top,
                bounds.width - in.left - in.right, bounds.height - in.top - in.bottom);
        Rectangle iconR = new Rectangle(), textR = new Rectangle();
        int va, ha, vtp, htp, gap;
        if (c instanceof AbstractButton) {
            AbstractButton b = (AbstractButton) c;
            va = b.getVerticalAlignment(); ha = b.getHorizontalAlignment();
            vtp = b.getVerticalTextPosition(); htp = b.getHorizontalTextPosition(); gap = b.getIconTextGap();
        } else {
            JLabel l = (JLabel) c;
            va = l.getVerticalAlignment(); ha = l.getHorizontalAlignment();
            vtp = l.getVerticalTextPosition(); htp = l.getHorizontalTextPosition(); gap = l.getIconTextGap();
        }
        SwingUtilities.layoutCompoundLabel(c, fm, text, null, va, ha, vtp, htp, view, iconR, textR, gap);
        Point o = owner.getLocationOnScreen();
        int baseline = textR.y + fm.getAscent();
        // The glyphs as drawn on the device: the component's hints with the uiScale transform;
        // the pixel bounds come out in device pixels.
        FontRenderContext own = fm.getFontRenderContext();
        FontRenderContext frc = new FontRenderContext(AffineTransform.getScaleInstance(scale, scale),
                own.getAntiAliasingHint(), own.getFractionalMetricsHint());
        GlyphVector gv = font.createGlyphVector(frc, text);
        Rectangle ink = gv.getPixelBounds(frc, textR.x, baseline);
        if (json.length() > 0) json.append(", ");
        json.append("{\"text\": \"").append(text).append("\", \"kind\": \"").append(kind)
            .append("\", \"style\": \"").append(style).append("\", \"text_box\": ")
            .append(box(o, textR)).append(", \"ink\": ").append(device(o, ink))
            .append(", \"ink_from\": \"toolkit\", \"font\": \"").append(font.getFontName())
            .append(" ").append(font.getSize()).append("px\"}");
    }

    /** A menu bar item: its bounds less its insets, with no ink. The menu UIs place the text with
     *  MenuItemLayoutHelper (sun.swing, not public), so the ink is taken inside this box by
     *  make.py. */
    static void item(JComponent c, String text, String kind, String style) {
        Insets in = c.getInsets();
        Rectangle r = new Rectangle(in.left, in.top, c.getWidth() - in.left - in.right,
                                    c.getHeight() - in.top - in.bottom);
        if (json.length() > 0) json.append(", ");
        json.append("{\"text\": \"").append(text).append("\", \"kind\": \"").append(kind)
            .append("\", \"style\": \"").append(style).append("\", \"text_box\": ")
            .append(box(c.getLocationOnScreen(), r)).append(", \"ink\": null, \"ink_from\": null")
            .append(", \"box_is\": \"item\", \"font\": \"").append(c.getFont().getFontName())
            .append(" ").append(c.getFont().getSize()).append("px\"}");
    }

    /** `r` in device pixels relative to the device place of user-space point `o`. */
    static String device(Point o, Rectangle r) {
        return "[" + (int) Math.round(o.x * scale + r.x) + ", " + (int) Math.round(o.y * scale + r.y)
                + ", " + r.width + ", " + r.height + "]";
    }

    static String box(Point o, Rectangle r) {
        int x0 = (int) Math.floor((o.x + r.x) * scale), y0 = (int) Math.floor((o.y + r.y) * scale);
        int x1 = (int) Math.ceil((o.x + r.x + r.width) * scale), y1 = (int) Math.ceil((o.y + r.y + r.height) * scale);
        return "[" + x0 + ", " + y0 + ", " + (x1 - x0) + ", " + (y1 - y0) + "]";
    }

    static void report() {
        for (Object[] e : entries) {
            JComponent c = (JComponent) e[0];
            if (c instanceof JMenu) {   // see item()
                item(c, (String) e[1], (String) e[2], (String) e[3]);
                continue;
            }
            place(c, new Rectangle(0, 0, c.getWidth(), c.getHeight()), c, (String) e[1],
                  (String) e[2], (String) e[3]);
        }
        for (int i = 0; i < list.getModel().getSize(); i++) {
            String text = list.getModel().getElementAt(i);
            Component r = list.getCellRenderer().getListCellRendererComponent(list, text, i,
                    list.isSelectedIndex(i), false);
            Rectangle cell = list.getCellBounds(i, i);
            r.setBounds(cell);
            place((JComponent) r, cell, list, text, "list_row",
                  list.isSelectedIndex(i) ? "selected" : "normal");
        }
        JTableHeader header = table.getTableHeader();
        for (int col = 0; col < table.getColumnCount(); col++) {
            String text = table.getColumnName(col);
            TableCellRenderer hr = header.getDefaultRenderer();
            Component r = hr.getTableCellRendererComponent(table, text, false, false, -1, col);
            Rectangle cell = header.getHeaderRect(col);
            r.setBounds(cell);
            place((JComponent) r, cell, header, text, "table_header", "normal");
        }
        for (int row = 0; row < table.getRowCount(); row++) {
            for (int col = 0; col < table.getColumnCount(); col++) {
                String text = (String) table.getValueAt(row, col);
                Component r = table.prepareRenderer(table.getCellRenderer(row, col), row, col);
                Rectangle cell = table.getCellRect(row, col, false);
                r.setBounds(cell);
                place((JComponent) r, cell, table, text, "table_cell", "normal");
            }
        }
        Point o = frame.getLocationOnScreen();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("{\"toolkit\": \"Java " + System.getProperty("java.version") + " Swing "
                + UIManager.getLookAndFeel().getName() + "\", \"window\": "
                + box(new Point(0, 0), frame.getBounds()) + ", \"entries\": [" + json + "]}");
    }
}
