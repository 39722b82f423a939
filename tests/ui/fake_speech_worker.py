"""A speech worker that answers like the real one until it is asked to stop, then never
answers again: what speech-dispatcher did with no sound device to play on. `die` as the
first argument makes it end instead, as a crashing engine would."""

import json
import sys
import time


def send(message: dict) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


for line in sys.stdin:
    command = json.loads(line)
    what = command["do"]
    if what == "start":
        send({"engine": "hanging"})
    elif what == "choose":
        send({"voice": True, "for": command["id"], "locale": command["locale"]})
    elif what == "say":
        send({"state": "speaking"})
    elif what == "stop":
        if sys.argv[1:] == ["die"]:
            sys.exit(3)
        time.sleep(3600)
    send({"answered": command["id"]})
