// Faktura 2001: a small legacy-style invoice program in Java Swing (Metal), with fictitious data.
//
// A creditor clerk logs in, picks an incoming invoice in the table, matches it to a purchase
// order (the program compares supplier and amount) and approves it for payment in a
// confirmation dialog. Every approval is appended to $WORKBENCH_HOME/demo/faktura_gemt.jsonl
// (else <tmp>/faktura-demo/), one JSON object a line, owner-only, so a test can compare.
//
// Run with Debian's JDK as a single source file:  java Faktura.java
// The fictitious password is Sommer2024!

import java.awt.*;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.*;
import javax.swing.*;
import javax.swing.table.DefaultTableModel;

public class Faktura {
    static final String USER = "kreditor", PASSWORD = "Sommer2024!";
    // invoice number, supplier, amount (øre), status
    static final Object[][] INVOICES = {
        {"F-2041", "Kontorland A/S", 1245000L},
        {"F-2042", "Grøn Vej ApS", 320000L},
        {"F-2043", "Østjysk IT", 4890000L},
        {"F-2044", "Blomsterhuset Ærø", 85000L},
    };
    // order number -> supplier, amount (øre)
    static final Map<String, Object[]> ORDERS = Map.of(
        "O-7781", new Object[]{"Kontorland A/S", 1245000L},
        "O-7790", new Object[]{"Grøn Vej ApS", 320000L},
        "O-7802", new Object[]{"Østjysk IT", 4890000L},
        "O-7815", new Object[]{"Blomsterhuset Ærø", 90000L});

    static String kroner(long ore) {
        String whole = String.format(Locale.ROOT, "%,d", ore / 100).replace(',', '.');
        return whole + "," + String.format("%02d", ore % 100);
    }

    static Path store() {
        String home = System.getenv("WORKBENCH_HOME");
        Path base = home != null ? Paths.get(home, "demo")
                                 : Paths.get(System.getProperty("java.io.tmpdir"), "faktura-demo");
        return base.resolve("faktura_gemt.jsonl");
    }

    static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static void save(String invoice, String supplier, long ore, String order) throws IOException {
        Path path = store();
        Files.createDirectories(path.getParent());
        try {
            Files.setPosixFilePermissions(path.getParent(), PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) { /* not a POSIX file system */ }
        if (!Files.exists(path)) {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------")));
        }
        String line = "{\"faktura\": " + json(invoice) + ", \"leverandoer\": " + json(supplier)
            + ", \"beloeb_oere\": " + ore + ", \"ordre\": " + json(order)
            + ", \"bruger\": " + json(USER) + ", \"godkendt\": "
            + json(OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS)
                   .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)) + "}\n";
        Files.write(path, line.getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
    }

    JFrame frame = new JFrame("Faktura 2001 – Indgående fakturaer");
    CardLayout cards = new CardLayout();
    JPanel pages = new JPanel(cards);
    JTextField user = new JTextField(), order = new JTextField();
    JPasswordField password = new JPasswordField();
    JLabel loginError = new JLabel(" "), supplierValue = new JLabel("–"), amountValue = new JLabel("–"),
           matchValue = new JLabel("–"), status = new JLabel("Klar.");
    DefaultTableModel model = new DefaultTableModel(
        new Object[]{"Fakturanr.", "Leverandør", "Beløb (kr.)", "Status"}, 0) {
        @Override public boolean isCellEditable(int r, int c) { return false; }
    };
    JTable table = new JTable(model);
    String matched = null;

    static JComponent at(JComponent c, int x, int y, int w, int h) {
        c.setBounds(x, y, w, h);
        return c;
    }

    JPanel loginPage() {
        JPanel p = new JPanel(null);
        JLabel title = new JLabel("Velkommen til Faktura");
        title.setFont(title.getFont().deriveFont(Font.BOLD));
        p.add(at(title, 40, 30, 300, 20));
        p.add(at(new JLabel("Brugernavn:"), 40, 70, 110, 22));
        p.add(at(user, 160, 70, 180, 24));
        p.add(at(new JLabel("Adgangskode:"), 40, 106, 110, 22));
        p.add(at(password, 160, 106, 180, 24));
        JButton logIn = new JButton("Log ind");
        logIn.addActionListener(e -> logIn());
        password.addActionListener(e -> logIn());
        p.add(at(logIn, 160, 146, 110, 28));
        p.add(at(loginError, 40, 190, 400, 22));
        return p;
    }

    JPanel mainPage() {
        JPanel p = new JPanel(null);
        for (Object[] inv : INVOICES) {
            model.addRow(new Object[]{inv[0], inv[1], kroner((Long) inv[2]), "Afventer"});
        }
        table.setRowHeight(22);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getSelectionModel().addListSelectionListener(e -> showSelected());
        JScrollPane scroll = new JScrollPane(table);
        p.add(at(scroll, 16, 16, 668, 132));
        p.add(at(new JLabel("Leverandør:"), 24, 164, 110, 22));
        p.add(at(supplierValue, 144, 164, 300, 22));
        p.add(at(new JLabel("Beløb:"), 24, 192, 110, 22));
        p.add(at(amountValue, 144, 192, 200, 22));
        p.add(at(new JLabel("Ordrenr.:"), 24, 228, 110, 22));
        p.add(at(order, 144, 228, 120, 24));
        JButton match = new JButton("Match ordre");
        match.addActionListener(e -> match());
        order.addActionListener(e -> match());
        p.add(at(match, 276, 226, 130, 28));
        p.add(at(matchValue, 24, 262, 660, 22));
        JButton approve = new JButton("Godkend til betaling");
        approve.addActionListener(e -> approve());
        p.add(at(approve, 24, 298, 190, 30));
        p.add(at(new JSeparator(), 0, 352, 700, 2));
        p.add(at(status, 12, 358, 680, 22));
        return p;
    }

    Faktura() {
        pages.add(loginPage(), "login");
        pages.add(mainPage(), "main");
        frame.setContentPane(pages);
        frame.setSize(710, 430);
        frame.setLocation(80, 60);
        frame.setDefaultCloseOperation(JFrame.EXIT_ON_CLOSE);
        frame.setVisible(true);
    }

    void logIn() {
        if (USER.equals(user.getText()) && PASSWORD.equals(new String(password.getPassword()))) {
            cards.show(pages, "main");
        } else {
            loginError.setText("Forkert brugernavn eller adgangskode.");
            password.setText("");
        }
    }

    int selected() { return table.getSelectedRow(); }

    void showSelected() {
        int r = selected();
        matched = null;
        matchValue.setText("–");
        if (r < 0) {
            supplierValue.setText("–");
            amountValue.setText("–");
            return;
        }
        supplierValue.setText((String) model.getValueAt(r, 1));
        amountValue.setText(model.getValueAt(r, 2) + " kr.");
        status.setText("Faktura " + model.getValueAt(r, 0) + " valgt.");
    }

    void match() {
        int r = selected();
        if (r < 0) { status.setText("Vælg en faktura først."); return; }
        Object[] o = ORDERS.get(order.getText().trim().toUpperCase());
        if (o == null) { matchValue.setText("Ukendt ordrenummer."); matched = null; return; }
        long ore = (Long) INVOICES[r][2];
        boolean same = o[0].equals(INVOICES[r][1]) && (Long) o[1] == ore;
        matched = same ? order.getText().trim().toUpperCase() : null;
        matchValue.setText(same ? "Ordren passer: samme leverandør og beløb."
                                : "Ordren passer ikke: " + o[0] + ", " + kroner((Long) o[1]) + " kr.");
        if (same) model.setValueAt("Matchet", r, 3);
    }

    void approve() {
        int r = selected();
        if (r < 0 || matched == null) { status.setText("Match fakturaen med en ordre først."); return; }
        String invoice = (String) model.getValueAt(r, 0);
        Object[] options = {"Ja", "Nej"};
        int answer = JOptionPane.showOptionDialog(frame,
            "Godkend faktura " + invoice + " på " + model.getValueAt(r, 2) + " kr. til betaling?",
            "Bekræft godkendelse", JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE, null,
            options, options[1]);
        if (answer != 0) { status.setText("Ikke godkendt."); return; }
        try {
            save(invoice, (String) INVOICES[r][1], (Long) INVOICES[r][2], matched);
        } catch (IOException e) {
            status.setText("Kunne ikke gemme: " + e.getMessage());
            return;
        }
        model.setValueAt("Godkendt", r, 3);
        status.setText("Sendt til betaling: " + invoice + ".");
        order.setText("");
        table.clearSelection();
    }

    public static void main(String[] args) throws Exception {
        UIManager.setLookAndFeel("javax.swing.plaf.metal.MetalLookAndFeel");
        SwingUtilities.invokeAndWait(Faktura::new);
    }
}
