package dev.unhunch.ui.settings;

import dev.unhunch.core.settings.SettingKeys;
import dev.unhunch.core.stretch.Equipment;
import dev.unhunch.core.stretch.Stretch;
import dev.unhunch.ui.i18n.StretchTexts;
import dev.unhunch.ui.i18n.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;

/**
 * The stretches grouped by posture (seated, standing, on the floor), each row with a small figure,
 * what it needs and two check boxes, "Favourite" and "Never show", backing the
 * {@code stretch.favourites} and {@code stretch.never} settings. A stretch the place and equipment
 * ticked above do not allow is greyed, or left out with "Only what I can do". Ids in the settings
 * that are not in the catalog (an older or newer catalog) are kept as they are.
 */
final class StretchChoices extends AbstractTableModel {

    static final int FIGURE = 0;
    static final int NAME = 1;
    static final int NEEDS = 2;
    static final int FAVOURITE = 3;
    static final int NEVER = 4;

    /** The posture groups, in the order shown. */
    enum Group {
        SEATED, STANDING, FLOOR;

        static Group of(Stretch s) {
            return s.seated() ? SEATED : s.onFloor() ? FLOOR : STANDING;
        }

        String textKey() {
            return "stretches.group." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One row: a group's heading ({@code stretch < 0}) or a stretch. */
    record Row(Group group, int stretch) {
        boolean heading() {
            return stretch < 0;
        }
    }

    private final List<Stretch> stretches;
    private final boolean[] favourite;
    private final boolean[] never;
    private final List<String> otherFavourites = new ArrayList<>();
    private final List<String> otherNever = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private final JTable table;
    private List<Row> rows = List.of();
    private Predicate<Stretch> possible = s -> true;
    private boolean onlyPossible;

    StretchChoices(List<Stretch> catalog) {
        stretches = catalog.stream()
                .sorted(Comparator.comparing(Group::of).thenComparing(StretchTexts::name))
                .toList();
        favourite = new boolean[stretches.size()];
        never = new boolean[stretches.size()];
        buildRows();
        table = new StretchTable(this);
    }

    /** The table in a scroll pane. */
    JScrollPane component() {
        return new JScrollPane(table);
    }

    JTable table() {
        return table;
    }

    /** The two settings fields, sharing this table as their editor. */
    List<SettingField> fields() {
        return List.of(
                new SettingField(SettingKeys.STRETCH_FAVOURITES, table, () -> ids(favourite, otherFavourites),
                        t -> set(t, favourite, otherFavourites), listeners::add),
                new SettingField(SettingKeys.STRETCH_NEVER, table, () -> ids(never, otherNever),
                        t -> set(t, never, otherNever), listeners::add));
    }

    /** What the place and equipment chosen in the form allow; the rows follow at once. */
    void setPossible(Predicate<Stretch> allowed) {
        possible = allowed;
        buildRows();
    }

    /** Whether stretches that are not possible are left out rather than greyed. */
    void setOnlyPossible(boolean only) {
        onlyPossible = only;
        buildRows();
    }

    boolean possible(Stretch s) {
        return possible.test(s);
    }

    private void buildRows() {
        List<Row> out = new ArrayList<>();
        for (Group g : Group.values()) {
            List<Row> members = new ArrayList<>();
            for (int i = 0; i < stretches.size(); i++) {
                Stretch s = stretches.get(i);
                if (Group.of(s) == g && (!onlyPossible || possible.test(s))) {
                    members.add(new Row(g, i));
                }
            }
            if (!members.isEmpty()) {
                out.add(new Row(g, -1));
                out.addAll(members);
            }
        }
        rows = List.copyOf(out);
        fireTableDataChanged();
        if (table != null) {
            ((StretchTable) table).fitRowHeights();
        }
    }

    private String ids(boolean[] marks, List<String> others) {
        Set<String> ids = new LinkedHashSet<>(others);
        for (int i = 0; i < marks.length; i++) {
            if (marks[i]) {
                ids.add(stretches.get(i).id());
            }
        }
        return String.join(",", ids);
    }

    private void set(String text, boolean[] marks, List<String> others) {
        Set<String> ids = new LinkedHashSet<>(List.of(text.split(",")));
        ids.remove("");
        others.clear();
        for (int i = 0; i < marks.length; i++) {
            marks[i] = ids.remove(stretches.get(i).id());
        }
        others.addAll(ids);
        fireTableDataChanged();
    }

    Row row(int index) {
        return rows.get(index);
    }

    Stretch stretchAt(int index) {
        Row r = rows.get(index);
        return r.heading() ? null : stretches.get(r.stretch());
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return 5;
    }

    @Override
    public String getColumnName(int column) {
        return switch (column) {
            case FIGURE -> "";
            case NAME -> Texts.text("stretches.name");
            case NEEDS -> Texts.text("stretches.needs");
            case FAVOURITE -> Texts.text("stretches.favourite");
            default -> Texts.text("stretches.never");
        };
    }

    /** Every stretch of the catalog, shown or not, in the catalog's order. */
    List<Stretch> stretches() {
        return stretches;
    }

    /** Words the column heads and groups in the language in use (the table keeps them once made). */
    void relabel() {
        for (int i = 0; i < getColumnCount(); i++) {
            table.getColumnModel().getColumn(i).setHeaderValue(getColumnName(i));
        }
        ((StretchTable) table).fitColumns();
        table.getTableHeader().repaint();
        fireTableDataChanged(); // the stretch names too (the order stays until the dialog is opened again)
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == FAVOURITE || column == NEVER ? Boolean.class : Object.class;
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return (column == FAVOURITE || column == NEVER) && !rows.get(row).heading() && table.isEnabled();
    }

    @Override
    public Object getValueAt(int row, int column) {
        Row r = rows.get(row);
        if (r.heading()) {
            if (column == NEEDS && r.group() == Group.FLOOR) {
                return Texts.text("stretches.group.floor.note");
            }
            return column == NAME ? Texts.text(r.group().textKey()) : null;
        }
        Stretch s = stretches.get(r.stretch());
        return switch (column) {
            case FIGURE -> s;
            case NAME -> StretchTexts.name(s);
            case NEEDS -> needs(s);
            case FAVOURITE -> favourite[r.stretch()];
            default -> never[r.stretch()];
        };
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        Row r = rows.get(row);
        if (r.heading()) {
            return;
        }
        int i = r.stretch();
        boolean on = Boolean.TRUE.equals(value);
        if (column == FAVOURITE) {
            favourite[i] = on;
            never[i] &= !on; // a favourite is shown, so it cannot be "never show" too
        } else if (column == NEVER) {
            never[i] = on;
            favourite[i] &= !on;
        }
        fireTableRowsUpdated(row, row);
        listeners.forEach(Runnable::run);
    }

    /** What a stretch needs, in words: "Mat", "Foam roller, or a rolled towel and a pillow", "—". */
    static String needs(Stretch s) {
        String main = words(s.equipment());
        String needs = s.equipmentInstead().isEmpty() ? main
                : Texts.text("stretches.needs.or", main, s.equipmentInstead().stream().sorted()
                        .map(e -> Texts.text("equipment." + e.name().toLowerCase(java.util.Locale.ROOT) + ".instead"))
                        .collect(Collectors.joining(Texts.text("stretches.needs.and"))));
        if (needs.isEmpty()) {
            needs = Texts.text("stretches.needs.nothing");
        }
        return s.onFloor() ? Texts.text("stretches.needs.atHome", needs) : needs;
    }

    private static String words(Set<Equipment> equipment) {
        return equipment.stream()
                .filter(e -> e != Equipment.CHAIR) // every desk has one
                .sorted()
                .map(e -> Texts.text("equipment." + e.name().toLowerCase(java.util.Locale.ROOT)))
                .collect(Collectors.joining(", "));
    }

    /** The row of a stretch name, for tests; -1 when absent. */
    int rowOf(String name) {
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (!r.heading() && StretchTexts.name(stretches.get(r.stretch())).equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
