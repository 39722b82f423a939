"""The kiosk's imports flow one way, layer by layer, and never in a circle (mpvQC keeps its
own the same way, test/test_import_rules.py). Every import counts: at the top of a module,
inside a function, or only for type checking."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "kiosk"

# The rule, once: a room may import its own layer and the layers above it in this table.
LAYERS: list[tuple[str, ...]] = [
    ("kiosk", "shared"),  # the package itself (its version) and what every layer may use
    ("content", "images", "qr", "stats", "staff"),  # pure Python, no Qt
    ("models", "viewmodels", "providers", "platform"),  # Qt: what QML sees, and Qt glue
    ("startup", "services", "editor"),  # the kiosk, what runs beside it, the content editor
    ("cli", "tools"),  # the command line and the tools on the kiosk's own code
]
PURE = {"kiosk", "shared", "content", "images", "qr", "stats", "staff"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "kiosk"


def layer(module: str) -> int:
    return next(i for i, rooms in enumerate(LAYERS) if room(module) in rooms)


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def graph() -> dict[str, set[str]]:
    modules = {module_name(path): path for path in PACKAGE.rglob("*.py")}
    edges: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = {target for target in imports(path) if target in modules}
        edges[name] = targets - {name}
    return edges


def test_every_room_is_in_the_table() -> None:
    rooms = {room(module) for module in graph()}
    assert rooms == {name for rooms_ in LAYERS for name in rooms_}


def test_imports_go_only_to_the_same_layer_or_below() -> None:
    against = [
        f"{source} ({room(source)}) imports {target} ({room(target)})"
        for source, targets in graph().items()
        for target in sorted(targets)
        if layer(target) > layer(source)
    ]
    assert against == []


def test_the_pure_layers_import_no_qt() -> None:
    qt = [
        f"{module_name(path)} imports {target}"
        for path in PACKAGE.rglob("*.py")
        if room(module_name(path)) in PURE
        for target in sorted(imports(path))
        if target.startswith("PySide6")
    ]
    assert qt == []


def test_there_are_no_import_cycles() -> None:
    edges = graph()
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(edges[module]):
            if state.get(target) == 1:
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(edges):
        if module not in state:
            visit(module, [module])
    assert cycles == []
