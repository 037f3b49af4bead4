import sys

from vnlabour.cli import main

sys.exit(main())
