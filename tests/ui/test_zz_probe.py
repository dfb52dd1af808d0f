from tests.ui.test_arabic_messages import *  # noqa


def test_probe(qtbot, arabic, make_window, arabic_model):
    window = make_window(arabic_model)
    window.resize(1366, 768)
    window.draw_charts()
    qtbot.wait(50)
    print("WINDOW", len(visible_texts(window)), english_left(visible_texts(window)), [t for t in visible_texts(window) if "E1" in t][:5])
    window.robustness.show_view()
    qtbot.waitUntil(lambda: window.robustness.isVisible())
    qtbot.wait(200)
    print("ROBUST", english_left(visible_texts(window.robustness)))
    for page in ("register", "controls", "scales"):
        window.register_dock.show_page(page)
        qtbot.wait(20)
        print(page.upper(), english_left(visible_texts(window.register_dock)))
    from PySide6.QtWidgets import QMenu
    menus = [a.text() for m in window.findChildren(QMenu) for a in m.actions()]
    print("MENUS", english_left(menus))
    tips = [w.toolTip() for w in window.findChildren(QWidget) if w.toolTip()]
    print("TIPS", english_left(tips))
