"""The Qt shell: start-up, main window, actions, dialogs, item models and workers."""
