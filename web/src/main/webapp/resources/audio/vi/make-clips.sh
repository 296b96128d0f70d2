#!/bin/sh
# The board's voice clips, made once with espeak-ng's Vietnamese voice (Debian package espeak-ng) and
# committed: the board joins them in the browser ("Mời số" A 0 1 2 "đến quầy số" 3), so the voice works
# with no internet and no speech service. Run again from this folder to remake them:
#   apt-get install espeak-ng && sh make-clips.sh
set -e
say() { espeak-ng -v vi -s 150 -a 180 -w "$1.wav" "$2"; }
say moi-so "Mời số"
say den-quay "đến quầy số"
say a "a"; say b "bê"; say c "xê"; say d "đê"; say e "e"; say f "ép"; say g "giê"; say h "hát"
n=0
for word in không một hai ba bốn năm sáu bảy tám chín; do say "$n" "$word"; n=$((n+1)); done
# trim the silence espeak-ng leaves before and after each word, so the joined sentence flows
python3 - <<'PY'
import array, glob, wave
for name in glob.glob("*.wav"):
    with wave.open(name) as w:
        params, frames = w.getparams(), array.array("h", w.readframes(w.getnframes()))
    loud = [i for i, s in enumerate(frames) if abs(s) > 600]
    start, end = max(0, loud[0] - 400), min(len(frames), loud[-1] + 1200)
    with wave.open(name, "wb") as w:
        w.setparams(params)
        w.writeframes(frames[start:end].tobytes())
PY
