# Two commands after cloning: `make demo` and `make test`. Both set up everything first
# (Debian system packages as root, the virtual environment in .venv/), then do their job.

VENV      := .venv
PY        := $(VENV)/bin/python
STAMP_SYS := $(VENV)/.system-packages
STAMP_PY  := $(VENV)/.python-packages

SYSTEM_PACKAGES := xvfb xauth x11-utils x11-xkb-utils x11-apps xdotool openbox xterm zenity \
	dbus dbus-x11 gnome-keyring tesseract-ocr tesseract-ocr-eng tesseract-ocr-dan \
	libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-render-util0 libxcb-image0 \
	libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 \
	libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core gcc linux-libc-dev \
	python3-venv python3-tk imagemagick wine wine64 gcc-mingw-w64-x86-64 python3-gi gir1.2-gtk-3.0 libxaw7-dev xfonts-base fonts-urw-base35 openjdk-17-jdk chromium

export OMP_THREAD_LIMIT := 1

.PHONY: setup demo test windows test-unit test-e2e bench check-no-qt clean

setup: $(STAMP_PY)

$(STAMP_SYS):
	@mkdir -p $(VENV)
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "install ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages:" $$missing; \
		if [ "$$(id -u)" != 0 ]; then echo "Run as root (or install: $$missing)"; exit 1; fi; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@touch $@

$(STAMP_PY): $(STAMP_SYS) pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@# pyautogui-style packages may bring python3-xlib over python-xlib; make 0.33 own Xlib/
	$(PY) -m pip install -q --force-reinstall --no-deps python-xlib==0.33
	@touch $@

demo: setup
	$(PY) main.py demo

test: setup
	bash scripts/test.sh

test-unit: setup
	bash scripts/test.sh tests/unit

test-e2e: setup
	bash scripts/test.sh tests/e2e

check-no-qt: setup
	$(PY) scripts/check_no_qt.py

windows: setup
	$(PY) scripts/build_windows.py

bench: setup
	$(PY) bench/locate.py

clean:
	rm -rf $(VENV) .pytest_cache
