package com.merchantdesk.ui.startup;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.shell.Dialogs;
import com.merchantdesk.ui.shell.FilePicker;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Offered when the database is damaged: the plain reason, the backups newest first, a way to pick another
 * file, or quit. The result is the backup to restore; empty means quit.
 */
final class DamagedDatabaseDialog {

    private DamagedDatabaseDialog() {}

    static Dialog<Path> create(Window owner, StartupProblem.Damaged problem, Path backupsFolder,
                               List<BackupFiles.Backup> backups, FilePicker files) {
        Label reason = new Label(Messages.get("startup.damaged.explain"));
        reason.setWrapText(true);
        Label detail = new Label(problem.detail());
        detail.setId("damaged-detail");
        detail.setWrapText(true);
        detail.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);

        ListView<BackupFiles.Backup> list = new ListView<>();
        list.setId("damaged-backups");
        list.getItems().setAll(backups);
        list.setCellFactory(view -> new BackupCell());
        list.setPrefHeight(Math.min(220, 36 * Math.max(backups.size(), 1) + 8));
        Label listTitle = new Label(backups.isEmpty()
                ? Messages.get("startup.damaged.noBackups", backupsFolder)
                : Messages.get("startup.damaged.pickBackup", backupsFolder));
        listTitle.setWrapText(true);
        VBox body = new VBox(10, reason, detail, listTitle);
        if (!backups.isEmpty()) {
            body.getChildren().add(list);
            list.getSelectionModel().selectFirst();
        }

        ButtonType restore = new ButtonType(Messages.get("startup.damaged.restore"), ButtonData.OK_DONE);
        ButtonType other = new ButtonType(Messages.get("startup.damaged.chooseFile"), ButtonData.OTHER);
        ButtonType quit = Dialogs.quit();

        Dialog<Path> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("app.name"));
        dialog.setHeaderText(problem.headline());
        dialog.getDialogPane().setId("damaged-dialog");
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().setPrefWidth(600);
        dialog.getDialogPane().getButtonTypes().addAll(restore, other, quit);

        // Buttons as wide as their own text: the long "Restore selected backup" must not be cut off.
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            ButtonBar.setButtonUniformSize(dialog.getDialogPane().lookupButton(type), false);
        }
        Button restoreButton = (Button) dialog.getDialogPane().lookupButton(restore);
        restoreButton.setDisable(backups.isEmpty());
        Button otherButton = (Button) dialog.getDialogPane().lookupButton(other);
        // Picking a file happens inside the dialog; it closes only once a file was chosen.
        otherButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            Optional<Path> chosen = files.chooseBackupToRestore(dialog.getDialogPane().getScene().getWindow(), backupsFolder);
            chosen.ifPresent(file -> {
                dialog.setResult(file);
                dialog.close();
            });
        });
        dialog.setResultConverter(button -> {
            if (button == restore) {
                BackupFiles.Backup selected = list.getSelectionModel().getSelectedItem();
                return selected == null ? null : selected.file();
            }
            return null;
        });
        return dialog;
    }

    private static final class BackupCell extends ListCell<BackupFiles.Backup> {
        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

        @Override
        protected void updateItem(BackupFiles.Backup backup, boolean empty) {
            super.updateItem(backup, empty);
            if (empty || backup == null) {
                setText(null);
                return;
            }
            String when = WHEN.withLocale(Messages.locale()).withZone(ZoneId.systemDefault()).format(backup.modified());
            setText(Messages.get("startup.damaged.backupLine", backup.file().getFileName(), when,
                    Math.max(1, backup.size() / 1024)));
        }
    }
}
