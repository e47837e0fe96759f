# Sourced by the other scripts: make or reuse .venv and install the project into it.
# Usage: . scripts/venv.sh EXTRAS   (e.g. "test"; empty for the runtime only)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-python3}"
if [ ! -x "$root/.venv/bin/python" ]; then
  "$python" -m venv "$root/.venv"
fi
venv_python="$root/.venv/bin/python"
spec="$root"
[ -n "${1:-}" ] && spec="$root[$1]"
# Reinstall only when the project's metadata changed since the last install.
stamp="$root/.venv/.installed-${1:-runtime}"
if [ ! -f "$stamp" ] || [ "$root/pyproject.toml" -nt "$stamp" ]; then
  "$venv_python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$venv_python" -m pip install --quiet --disable-pip-version-check -e "$spec"
  touch "$stamp"
fi
export PATH="$root/.venv/bin:$PATH"
cd "$root"
