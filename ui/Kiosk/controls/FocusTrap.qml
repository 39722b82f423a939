pragma ComponentBehavior: Bound
import QtQuick

// Keeps the keyboard's focus inside a modal layer (the PIN pad, the staff panel): the
// screens behind it stay out of reach of Tab, as they are out of reach of fingers. Qt moves
// the focus on Tab itself, at the focused item, before a layer's own key handlers could
// say no; so the trap watches where the focus went and, when it left the layer, brings it
// back round to the layer's first item (or, going backwards, its last).
Item {
    id: root

    // The layer the focus stays in.
    required property Item scope
    property Item lastInside: null

    function inside(item: Item): bool {
        for (let at = item; at; at = at.parent) {
            if (at === root.scope)
                return true;
        }
        return false;
    }

    // The layer's first focusable item (or, backwards, its last).
    function edge(forward: bool): Item {
        let item = root.scope;
        for (let step = 0; step < 1000; ++step) {
            item = item.nextItemInFocusChain(forward);
            if (!item || item === root.scope)
                return null;
            if (root.inside(item))
                return item;
        }
        return null;
    }

    Connections {
        target: root.scope.Window.window

        function onActiveFocusItemChanged(): void {
            const item = root.scope.Window.activeFocusItem;
            if (!item || !root.scope.visible)
                return;
            if (root.inside(item)) {
                root.lastInside = item;
                return;
            }
            const forward = !root.lastInside || root.lastInside.nextItemInFocusChain(true) === item;
            const back = root.edge(forward);
            if (back)
                back.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason);
        }
    }
}
