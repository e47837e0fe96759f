"""`python -m engagement_schema` runs the command line."""

import sys

from engagement_schema.cli import main

sys.exit(main())
