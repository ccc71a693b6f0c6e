import Accord
