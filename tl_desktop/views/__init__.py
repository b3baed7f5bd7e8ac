"""One widget per view; only the shell (ui.app, ui.main_window) imports them."""
