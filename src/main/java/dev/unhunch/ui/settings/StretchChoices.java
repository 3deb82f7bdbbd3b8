package dev.unhunch.ui.settings;

import dev.unhunch.core.settings.SettingKeys;
import dev.unhunch.core.stretch.Stretch;
import dev.unhunch.ui.i18n.StretchTexts;
import dev.unhunch.ui.i18n.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;

/**
 * The stretches with two check boxes each, "Favourite" and "Never show", backing the
 * {@code stretch.favourites} and {@code stretch.never} settings. Ids in the settings that are not
 * in the catalog (an older or newer catalog) are kept as they are.
 */
final class StretchChoices extends AbstractTableModel {

    static final int NAME = 0;
    static final int FAVOURITE = 1;
    static final int NEVER = 2;

    private final List<Stretch> stretches;
    private final boolean[] favourite;
    private final boolean[] never;
    private final List<String> otherFavourites = new ArrayList<>();
    private final List<String> otherNever = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private final JTable table;

    StretchChoices(List<Stretch> catalog) {
        stretches = catalog.stream().sorted(Comparator.comparing(StretchTexts::name)).toList();
        favourite = new boolean[stretches.size()];
        never = new boolean[stretches.size()];
        table = new JTable(this);
        table.setName("stretches");
        table.setFillsViewportHeight(true);
        table.getTableHeader().setReorderingAllowed(false);
        table.getColumnModel().getColumn(NAME).setPreferredWidth(300);
        table.getColumnModel().getColumn(FAVOURITE).setPreferredWidth(80);
        table.getColumnModel().getColumn(NEVER).setPreferredWidth(90);
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

    @Override
    public int getRowCount() {
        return stretches.size();
    }

    @Override
    public int getColumnCount() {
        return 3;
    }

    @Override
    public String getColumnName(int column) {
        return Texts.text(switch (column) {
            case NAME -> "stretches.name";
            case FAVOURITE -> "stretches.favourite";
            default -> "stretches.never";
        });
    }

    /** Words the column heads in the language in use (the table keeps them once made). */
    void relabel() {
        for (int i = 0; i < getColumnCount(); i++) {
            table.getColumnModel().getColumn(i).setHeaderValue(getColumnName(i));
        }
        table.getTableHeader().repaint();
        fireTableDataChanged(); // the stretch names too (the order stays until the dialog is opened again)
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == NAME ? String.class : Boolean.class;
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return column != NAME && table.isEnabled();
    }

    @Override
    public Object getValueAt(int row, int column) {
        return switch (column) {
            case NAME -> StretchTexts.name(stretches.get(row));
            case FAVOURITE -> favourite[row];
            default -> never[row];
        };
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        boolean on = Boolean.TRUE.equals(value);
        if (column == FAVOURITE) {
            favourite[row] = on;
            never[row] &= !on; // a favourite is shown, so it cannot be "never show" too
        } else if (column == NEVER) {
            never[row] = on;
            favourite[row] &= !on;
        }
        fireTableRowsUpdated(row, row);
        listeners.forEach(Runnable::run);
    }

    /** The row of a stretch name, for tests; -1 when absent. */
    int rowOf(String name) {
        for (int i = 0; i < stretches.size(); i++) {
            if (StretchTexts.name(stretches.get(i)).equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
